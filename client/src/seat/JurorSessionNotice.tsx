import './seat.css';
import { useEffect } from 'react';
import { useI18n } from '../i18n/useI18n';
import { hasHeldSeat, rememberHeldSeat } from './heldSeat';

/**
 * How a juror gets back to their seat. A juror's browser is remembered; an observer sees a short hint,
 * and a prominent message when this browser once held a seat here; a refused juror session (revoked,
 * replaced) gets its own page. Nobody who came as a juror is left as an observer without a word.
 */
export function JurorSessionNotice({
  processId,
  role,
}: {
  processId: string;
  role: 'facilitator' | 'juror' | 'observer' | 'refused';
}) {
  const { t } = useI18n();
  useEffect(() => {
    if (role === 'juror') rememberHeldSeat(processId);
  }, [processId, role]);
  if (role === 'facilitator' || role === 'juror') return null;
  if (role === 'refused')
    return (
      <article>
        <h1>{t('room.title')}</h1>
        <section className="seat-notice" role="alert" aria-labelledby="seat-notice-heading">
          <h2 id="seat-notice-heading">{t('seat.notice.refusedHeading')}</h2>
          <p>{t('seat.notice.refused')}</p>
        </section>
      </article>
    );
  if (hasHeldSeat(processId))
    return (
      <section className="seat-notice" role="alert" aria-labelledby="seat-notice-heading">
        <h2 id="seat-notice-heading">{t('seat.notice.lostHeading')}</h2>
        <p>{t('seat.notice.lost')}</p>
      </section>
    );
  return <p className="notice">{t('seat.notice.hint')}</p>;
}
