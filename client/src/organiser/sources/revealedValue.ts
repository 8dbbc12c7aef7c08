// The check of one revealed source before it is sent: a secret must be given (the server compares its
// hash with the commitment); a drand round's signature must be 96 hex digits (the server verifies it).

import type { Language } from '../../../../shared/format/language';
import { describeSource } from '../../../../shared/lottery/describeSource';
import { isQuicknetSignature, normaliseSignature } from '../../../../shared/lottery/commitReveal';
import type { Source } from '../../../../shared/lottery/protocol';
import type { FormError } from '../../ui/formErrors';

/** A source revealed: a secret's value, or the signature of the round a beacon or timelock names. */
export type RevealedValue = { value: string } | { signature: string };

/** Whether `source` is opened with a drand round's signature (a beacon, or a timelocked witness). */
export const roundOf = (source: Source) => (source.beacon ?? source.timelock)?.round;

/** The value typed for `source` (in the field `fieldId`), or what is wrong with it. */
export function revealedValue(
  source: Source,
  typed: string,
  fieldId: string,
  language: Language,
): RevealedValue | FormError {
  const trimmed = typed.trim();
  const isBeacon = roundOf(source) !== undefined;
  if (trimmed === '')
    return {
      key: isBeacon ? 'organiser.reveal.signatureRequired' : 'organiser.reveal.valueRequired',
      values: { label: describeSource(source, language) },
      fieldId,
    };
  if (!isBeacon) return { value: trimmed };
  const signature = normaliseSignature(trimmed);
  if (!isQuicknetSignature(signature)) return { key: 'organiser.reveal.signatureFormat', fieldId };
  return { signature };
}
