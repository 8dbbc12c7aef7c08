// A randomness source in words, in the reader's language. The label inside a commitment is hashed and never
// changes ("organiser secret", "witness: Camille", "drand quicknet round 34533539"): only its display is
// translated, from the source's kind.
// Spec: docs/lottery-spec.md, section 3 "Commitment" (sources); labels written by commitReveal.ts.

import { formatNumber } from '../format/formatNumber';
import type { Language } from '../format/language';
import { ORGANISER_SECRET_LABEL, WITNESS_LABEL_PREFIX } from './sourceLabels';

/** What a source is described from: its committed label and, for a beacon, its round. */
export interface DescribableSource {
  label: string;
  commitment?: string | undefined;
  beacon?: { network: string; round: number } | undefined;
  timelock?: { round: number } | undefined;
}

/**
 * "secret de l'organisateur", "témoin : Camille Martin (mairie)", "tour drand quicknet n° 34 533 539"; a
 * label the server did not write (command-line draws, public values) is shown as it is.
 */
export function describeSource(source: DescribableSource, language: Language): string {
  if (source.beacon !== undefined) {
    const round = formatNumber(source.beacon.round, language);
    return language === 'fr' ? `tour drand quicknet n° ${round}` : `drand quicknet round ${round}`;
  }
  if (source.commitment !== undefined && source.label === ORGANISER_SECRET_LABEL)
    return language === 'fr' ? 'secret de l’organisateur' : 'organiser’s secret';
  if (source.timelock !== undefined && source.label.startsWith(WITNESS_LABEL_PREFIX)) {
    const name = source.label.slice(WITNESS_LABEL_PREFIX.length);
    return language === 'fr'
      ? `témoin : ${name} (contribution scellée)`
      : `witness: ${name} (sealed contribution)`;
  }
  if (source.commitment !== undefined && source.label.startsWith(WITNESS_LABEL_PREFIX)) {
    const name = source.label.slice(WITNESS_LABEL_PREFIX.length);
    return language === 'fr' ? `témoin : ${name}` : `witness: ${name}`;
  }
  return source.label;
}
