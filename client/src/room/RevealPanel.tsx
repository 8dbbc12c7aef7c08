import type { RevealedResult, RoomView } from '../../../shared/deliberation/roomView';
import { useI18n } from '../i18n/useI18n';
import { gradeLabel, scaleGrades } from '../ui/gradeLabel';
import { MeritProfileChart } from './MeritProfileChart';
import { ScrollTable } from '../ui/ScrollTable';

/** One reveal: the chart, the same data as a table, and per-seat scores for those allowed to see them. */
export function RevealPanel({ view, result }: { view: RoomView; result: RevealedResult }) {
  const { t, language } = useI18n();
  const dossier = view.dossiers.find((d) => d.id === result.dossierId);
  const title = t('room.reveal.heading', {
    dossier: dossier?.title ?? result.dossierId,
    round: result.round,
  });
  const grades = scaleGrades(view.scale);
  return (
    <section className="reveal" aria-label={title}>
      <h3>{title}</h3>
      <p>{t('room.reveal.count', { ballots: result.ballots, eligible: result.eligible })}</p>
      <MeritProfileChart
        view={view}
        result={result}
        title={title}
        pooledLabel={t('room.reveal.pooled')}
      />
      <ScrollTable label={t('room.reveal.table')} isMultiline className="fr-mb-3w">
        <table>
          <caption>{t('room.reveal.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('room.reveal.criterion')}</th>
              {grades.map((grade) => (
                <th scope="col" key={grade}>
                  {gradeLabel(view.scale, grade, language)}
                </th>
              ))}
              <th scope="col">{t('room.reveal.abstentions')}</th>
            </tr>
          </thead>
          <tbody>
            {[
              ...result.distributions,
              {
                criterionId: '',
                counts: grades.map((_, g) =>
                  result.distributions.reduce((sum, d) => sum + (d.counts[g] ?? 0), 0),
                ),
                abstentions: result.distributions.reduce((sum, d) => sum + d.abstentions, 0),
              },
            ].map((distribution) => (
              <tr key={distribution.criterionId}>
                <th scope="row">
                  {distribution.criterionId === ''
                    ? t('room.reveal.pooled')
                    : view.criteria.find((c) => c.id === distribution.criterionId)?.label}
                </th>
                {distribution.counts.map((count, i) => (
                  <td key={grades[i]}>{count}</td>
                ))}
                <td>{distribution.abstentions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {result.bySeat !== undefined && (
        <details>
          <summary>{t('room.reveal.bySeat')}</summary>
          <ScrollTable label={t('room.reveal.bySeat')} isMultiline className="fr-mb-3w">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('room.reveal.seat')}</th>
                  {view.criteria.map((criterion) => (
                    <th scope="col" key={criterion.id}>
                      {criterion.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.bySeat.map((entry) => (
                  <tr key={entry.seat}>
                    <th scope="row">{entry.seat}</th>
                    {view.criteria.map((criterion) => {
                      const grade = entry.grades[criterion.id] ?? '';
                      return (
                        <td key={criterion.id}>
                          {grade === 'abstain'
                            ? t('room.score.abstain')
                            : gradeLabel(view.scale, grade, language)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </details>
      )}
    </section>
  );
}
