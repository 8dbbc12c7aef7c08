import { useI18n } from '../i18n/useI18n';
import type { ProcessState } from '../../../shared/process/processState';
import { titlesOf, type ProcessResults } from './resultsTypes';
import { TieDrawForm } from './TieDrawForm';
import { TieLotteryDeclareForm } from './TieLotteryDeclareForm';
import { TieVoteForm } from './TieVoteForm';

/**
 * A tie across the cut: who is tied for how many places, and the one control the rule fixed before scoring
 * allows (a vote of the room; or a lottery, announced then drawn). Once settled, who won.
 */
export function TieSection({
  results,
  seated,
  onSettled,
  onLotteryDeclared,
}: {
  results: ProcessResults;
  seated: number;
  onSettled: (next: ProcessState, how: 'vote' | 'draw') => void;
  onLotteryDeclared: (next: ProcessState, organiserSecret: string) => void;
}) {
  const { t } = useI18n();
  const tie = results.results.tie;
  if (tie === null) return null;
  const resolution = results.rule.tieResolution;
  const isOpen = tie.settlement === null && results.published === null;
  return (
    <>
      <h3>{t('organiser.results.tie.heading')}</h3>
      <p>
        {t('organiser.results.tie.intro', {
          list: titlesOf(results, tie.tied),
          places: tie.places,
          how: t(`organiser.results.tie.how.${resolution}`),
        })}
      </p>
      {tie.settlement !== null && (
        <p className="notice fr-alert fr-alert--success fr-alert--sm">
          {t(`organiser.results.tie.settled.${tie.settlement.method}`, {
            winners: titlesOf(results, tie.settlement.winners),
          })}
        </p>
      )}
      {isOpen && resolution === 'room-vote' && (
        <TieVoteForm
          results={results}
          tied={tie.tied}
          seated={seated}
          onRecorded={(next) => onSettled(next, 'vote')}
        />
      )}
      {isOpen && resolution === 'lottery' && results.lottery === null && (
        <TieLotteryDeclareForm processId={results.process.id} onDeclared={onLotteryDeclared} />
      )}
      {isOpen && resolution === 'lottery' && results.lottery !== null && (
        <TieDrawForm
          processId={results.process.id}
          lottery={results.lottery}
          onDrawn={(next) => onSettled(next, 'draw')}
        />
      )}
    </>
  );
}
