import { useI18n } from '../i18n/useI18n';
import type { ResultsView } from '../../../shared/scoring/resultsView';

/** What the rule set apart, never silently: too few jurors, under the floor, not graded, tie at the cut. */
export function FlaggedCases({ view }: { view: ResultsView }) {
  const { t, language } = useI18n();
  const number = (n: number) => n.toLocaleString(language);
  const titles = new Map(view.dossiers.map((d) => [d.id, d.title]));
  const names = (ids: readonly string[]) => ids.map((id) => titles.get(id) ?? id).join(', ');
  const { results } = view;
  const tie = results.tie;
  const nothing =
    results.belowQuorum.length === 0 &&
    results.belowFloor.length === 0 &&
    results.notGraded.length === 0 &&
    tie === null;
  if (nothing) return <p>{t('results.flags.none')}</p>;
  return (
    <ul className="flag-list">
      {tie !== null && (
        <li data-testid="tie-flag">
          {t('results.flags.tie', { names: names(tie.tied), places: tie.places })}{' '}
          {tie.settlement === null
            ? t('results.flags.tieOpen')
            : t(
                tie.settlement.method === 'lottery'
                  ? 'results.flags.tieLottery'
                  : 'results.flags.tieVote',
                { winners: names(tie.settlement.winners) },
              )}
        </li>
      )}
      {results.belowQuorum.length > 0 && (
        <li>
          {t('results.flags.quorum', { names: names(results.belowQuorum), n: view.rule.quorum })}
        </li>
      )}
      {results.belowFloor.length > 0 && (
        <li>{t('results.flags.floor', { names: names(results.belowFloor) })}</li>
      )}
      {results.notGraded.length > 0 && (
        <li>
          <details>
            <summary>
              {results.notGraded.length === 1
                ? t('results.flags.notGradedOne')
                : t('results.flags.notGraded', { n: number(results.notGraded.length) })}
            </summary>
            <ul>
              {results.notGraded.map((id) => (
                <li key={id}>
                  {titles.get(id) ?? id} ({id})
                </li>
              ))}
            </ul>
          </details>
        </li>
      )}
    </ul>
  );
}
