import type { ResultsView } from '../../../shared/scoring/resultsView';
import { useI18n } from '../i18n/useI18n';
import { gradeLabel } from '../ui/gradeLabel';
import { Badge } from '../ui/Badge';
import { explainRank } from './explainRank';
import { ScrollTable } from '../ui/ScrollTable';

/** Every graded dossier in result order (the ungraded are listed with the flagged cases): rank, majority grade with its gauge, mean, and why, in words. */
export function RankingTable({ view }: { view: ResultsView }) {
  const { t, language } = useI18n();
  const titles = new Map(view.dossiers.map((d) => [d.id, d.title]));
  const titleOf = (id: string) => titles.get(id) ?? id;
  const gradeName = (grade: string) => gradeLabel(view.scale, grade, language);
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  return (
    // Wider than a phone: it scrolls in its own box, a focusable region, so the keyboard can scroll it.
    <ScrollTable
      isBordered
      isMultiline
      size="md"
      label={t('results.ranking.caption')}
      className="fr-mb-3w"
    >
      <table className="ranking-table" data-testid="ranking">
        <caption>{t('results.ranking.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.col.rank')}</th>
            <th scope="col">{t('results.col.dossier')}</th>
            <th scope="col">{t('results.col.grade')}</th>
            <th scope="col">{t('results.col.mean')}</th>
            <th scope="col">{t('results.col.jurors')}</th>
            <th scope="col">{t('results.col.why')}</th>
          </tr>
        </thead>
        <tbody>
          {view.results.dossiers
            .filter((d) => d.status !== 'not-graded')
            .map((d) => (
              <tr key={d.dossierId} className={d.shortlisted ? 'shortlisted' : undefined}>
                <td>{d.rank ?? '—'}</td>
                <th scope="row">
                  {titleOf(d.dossierId)} <span className="muted">({d.dossierId})</span>
                  {d.shortlisted && (
                    <>
                      {' '}
                      <Badge as="span" small severity="success">
                        {t('results.shortlisted')}
                      </Badge>
                    </>
                  )}
                </th>
                <td>
                  {d.majorityGrade === null
                    ? '—'
                    : `${gradeName(d.majorityGrade)}${d.gauge?.sign === '+' ? ' +' : ' −'}`}
                </td>
                <td>
                  {d.mean === null || d.spread === null
                    ? '—'
                    : t('results.meanValue', {
                        mean: number.format(d.mean),
                        spread: number.format(d.spread),
                      })}
                </td>
                <td>
                  {t('results.jurorsValue', {
                    eligible: d.eligibleJurors,
                    conflicts: d.conflicts,
                    absent: d.absent,
                    abstentions: d.abstentions,
                  })}
                </td>
                <td>{explainRank(d, gradeName, titleOf, t)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
