import './seat.css';
import { useEffect } from 'react';
import { Alert } from '../ui/Alert';
import { Notice } from '../ui/Notice';
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
  role: 'facilitator' | 'juror' | 'observer' | 'projector' | 'refused';
}) {
  const { t } = useI18n();
  useEffect(() => {
    if (role === 'juror') rememberHeldSeat(processId);
  }, [processId, role]);
  if (role === 'facilitator' || role === 'juror' || role === 'projector') return null;
  if (role === 'refused')
    return (
      <article>
        <h1>{t('room.title')}</h1>
        <Alert
          severity="error"
          role="alert"
          as="h2"
          className="seat-notice fr-my-3w"
          title={t('seat.notice.refusedHeading')}
          description={t('seat.notice.refused')}
        />
      </article>
    );
  if (hasHeldSeat(processId))
    return (
      <Alert
        severity="warning"
        role="alert"
        as="h2"
        className="seat-notice fr-my-3w"
        title={t('seat.notice.lostHeading')}
        description={t('seat.notice.lost')}
      />
    );
  return <Notice className="seat-hint fr-mb-2w" title={t('seat.notice.hint')} />;
}
