// Plain-language explanations of a dossier's place, from its majority gauge: what the majority grade
// means, which side of it the dossier leans to, and why it is flagged when it is.

import type { DossierResult } from '../../../shared/scoring/results';
import type { MessageKey } from '../i18n/messages';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const percent = (share: number) => Math.round(share * 100);

/** One or two sentences saying why the dossier stands where it does. */
export function explainRank(
  result: DossierResult,
  gradeName: (grade: string) => string,
  titleOf: (id: string) => string,
  t: Translate,
): string {
  if (result.status === 'not-graded') return t('results.explain.notGraded');
  if (result.status === 'below-quorum')
    return t('results.explain.belowQuorum', { n: result.eligibleJurors });
  if (result.majorityGrade === null || result.gauge === null) return '';
  const grade = gradeName(result.majorityGrade);
  const parts = [
    t('results.explain.majority', { grade }),
    t(result.gauge.sign === '+' ? 'results.explain.plus' : 'results.explain.minus', {
      grade,
      p: percent(result.gauge.p),
      q: percent(result.gauge.q),
    }),
  ];
  if (result.tiedWith.length > 0)
    parts.push(t('results.explain.tied', { others: result.tiedWith.map(titleOf).join(', ') }));
  if (!result.meetsFloor) parts.push(t('results.explain.belowFloor'));
  return parts.join(' ');
}
