// The refusal reasons' message keys, filled from the one vocabulary in shared/calls/refusalReasons.ts:
// the settlement form, the status page and the public statistics all read these keys.

import type { Reason } from '../../../shared/calls/callEvents';
import { REASON_LABELS, type ReasonLanguage } from '../../../shared/calls/refusalReasons';
import type { ReasonMessageKey } from './reasonKey';

/**
 * Every reason's label in one language, as message entries. The labels' own keys (every reason, checked
 * by their type) are read, not callEvents' REASONS: that module's zod schemas would join the first chunk.
 */
export const reasonMessages = (language: ReasonLanguage): Record<ReasonMessageKey, string> =>
  Object.fromEntries(
    (Object.keys(REASON_LABELS[language]) as Reason[]).map((reason) => [
      `calls.reason.${reason}`,
      REASON_LABELS[language][reason],
    ]),
  ) as Record<ReasonMessageKey, string>;
