import { useI18n } from '../i18n/useI18n';
import { gradeLabel } from '../ui/gradeLabel';
import { titleOf, type ProcessResults } from './resultsTypes';

/**
 * What the organiser must see before confirming the publication: the dossiers never graded and the flagged
 * cases (quorum, quality floor, tie at the cut), each dossier by reference and title.
 */
export function PublicationCheck({
  results,
  headingId,
}: {
  results: ProcessResults;
  headingId: string;
}) {
  const { t, language } = useI18n();
  const { results: outcome, rule, scale } = results;
  const number = (n: number) => n.toLocaleString(language);
  const total = results.dossiers.length;
  const dossierList = (ids: readonly string[]) => (
    <ul>
      {ids.map((id) => (
        <li key={id}>{t('organiser.publishCheck.dossier', { id, title: titleOf(results, id) })}</li>
      ))}
    </ul>
  );
  const notGraded = outcome.notGraded;
  const tie = outcome.tie;
  const hasFlags = outcome.belowQuorum.length > 0 || outcome.belowFloor.length > 0 || tie !== null;
  return (
    <div className="publication-check" data-testid="publication-check">
      <h3 id={headingId}>{t('organiser.publishCheck.heading')}</h3>
      {notGraded.length === 0 ? (
        <p>{t('organiser.publishCheck.allGraded', { total: number(total) })}</p>
      ) : (
        <div data-testid="never-graded">
          <p>
            <strong>
              {notGraded.length === 1
                ? t('organiser.publishCheck.notGradedOne', { total: number(total) })
                : t('organiser.publishCheck.notGradedMany', {
                    n: number(notGraded.length),
                    total: number(total),
                  })}
            </strong>{' '}
            {t('organiser.publishCheck.notGradedConsequence')}
          </p>
          {dossierList(notGraded)}
        </div>
      )}
      {outcome.belowQuorum.length > 0 && (
        <>
          <p>{t('organiser.publishCheck.belowQuorum', { quorum: number(rule.quorum) })}</p>
          {dossierList(outcome.belowQuorum)}
        </>
      )}
      {outcome.belowFloor.length > 0 && (
        <>
          <p>
            {t('organiser.publishCheck.belowFloor', {
              floor: gradeLabel(scale, rule.floor, language),
            })}
          </p>
          {dossierList(outcome.belowFloor)}
        </>
      )}
      {tie !== null && (
        <>
          <p>{t('organiser.publishCheck.tie', { places: number(tie.places) })}</p>
          {dossierList(tie.tied)}
          {tie.settlement !== null && (
            <p>
              {t('organiser.publishCheck.tieSettled', {
                winners: tie.settlement.winners.map((id) => titleOf(results, id)).join(', '),
              })}
            </p>
          )}
        </>
      )}
      {!hasFlags && <p>{t('organiser.publishCheck.noFlags')}</p>}
    </div>
  );
}
