import { useId } from 'react';
import { useI18n } from '../i18n/useI18n';
import { SeatStatus, type ProcessState } from '../../../shared/process/processState';
import { drawSelection } from '../../../shared/process/processStratified';
import { ReplacementsTable } from './ReplacementsTable';
import { SeatsTable } from './SeatsTable';
import { SeatAccessPanel } from '../seat/SeatAccessPanel';

/** After the draw: who holds each seat, who waits as an alternate, and every replacement so far. */
export function SeatsSection({ state }: { state: ProcessState }) {
  const { t } = useI18n();
  const id = useId();
  const accepted = state.seats.filter((seat) => seat.status === SeatStatus.Accepted).length;
  return (
    <section aria-labelledby={`${id}-heading`} className="ceremony-section">
      <h2 id={`${id}-heading`}>{t('organiser.seats.heading')}</h2>
      <p>{t('organiser.seats.summary', { accepted, seats: state.seats.length })}</p>
      <SeatsTable seats={state.seats} />
      <SeatAccessPanel processId={state.id} seats={state.seats} />
      <h3>{t('organiser.seats.alternatesHeading')}</h3>
      {state.waitingAlternates.length === 0 ? (
        <p>{t('organiser.seats.noAlternates')}</p>
      ) : (
        <ul className="alternates">
          {state.waitingAlternates.map((rank) => (
            <li key={rank}>
              {t('organiser.seats.alternate', {
                rank,
                id: drawSelection(state.record)[rank - 1]?.id ?? '?',
              })}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('organiser.seats.changesHeading')}</h3>
      {state.changes.length === 0 ? (
        <p>{t('organiser.seats.noChanges')}</p>
      ) : (
        <ReplacementsTable changes={state.changes} />
      )}
    </section>
  );
}
