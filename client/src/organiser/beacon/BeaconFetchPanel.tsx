import { useEffect, useState } from 'react';
import type { BeaconFetchStatus } from '../../../../shared/lottery/beaconFetchStatus';
import { formatCountdown, formatDateTime } from '../../../../shared/format/formatDateTime';
import { formatNumber } from '../../../../shared/format/formatNumber';
import { useI18n } from '../../i18n/useI18n';

/**
 * One drand round the server fetches: a countdown on the server's clock, then the fetched value, or each
 * relay's reason and "Réessayer maintenant". The countdown ticks every second on screen; the live region
 * speaks only when the phase changes or a whole minute passes.
 */
export function BeaconFetchPanel({
  status,
  offsetMs,
  isRetrying,
  onRetry,
}: {
  status: BeaconFetchStatus;
  offsetMs: number;
  isRetrying: boolean;
  onRetry: () => void;
}) {
  const { t, language } = useI18n();
  const [now, setNow] = useState(() => Date.now() + offsetMs);
  const dueAt = Date.parse(status.dueAt);
  const remaining = dueAt - now;
  const isCounting = status.phase === 'waiting' && remaining > 0;
  useEffect(() => {
    setNow(Date.now() + offsetMs);
    if (!isCounting) return;
    const timer = setInterval(() => setNow(Date.now() + offsetMs), 1000);
    return () => clearInterval(timer);
  }, [isCounting, offsetMs]);

  const round = formatNumber(status.round, language);
  const minutesLeft = Math.ceil(remaining / 60_000);
  const announcement = isCounting
    ? t('beacon.announceMinutes', { round, minutes: formatNumber(minutesLeft, language) })
    : status.phase === 'fetched'
      ? t('beacon.fetched', { round })
      : status.phase === 'failed'
        ? t('beacon.failed', { round })
        : t('beacon.fetching', { round });
  const isNotYet =
    status.failures.length > 0 && status.failures.every((f) => f.problem === 'not-yet');

  return (
    <div className="beacon-fetch" data-testid="beacon-fetch" data-phase={status.phase}>
      {isCounting ? (
        <>
          <p className="countdown" data-testid="beacon-countdown">
            {t('beacon.countdown', { round, remaining: formatCountdown(remaining) })}
          </p>
          <p>{t('beacon.countdownHint')}</p>
        </>
      ) : status.phase === 'fetched' ? (
        <>
          <p>
            <span className="fr-badge fr-badge--success fr-badge--sm">
              {t('beacon.fetchedBadge')}
            </span>{' '}
            {t('beacon.fetched', { round })}
          </p>
          {status.randomness !== undefined && (
            <p>
              {t('beacon.value')}{' '}
              <code className="hash" data-testid="beacon-value">
                {status.randomness}
              </code>
            </p>
          )}
        </>
      ) : status.phase === 'failed' ? (
        <>
          <p className="warning fr-alert fr-alert--warning fr-alert--sm">
            {t('beacon.failed', { round })}
          </p>
          <ul data-testid="beacon-failures">
            {status.failures.map((failure, i) => (
              <li key={`${failure.relay}-${i}`}>
                {t(`beacon.problem.${failure.problem}`, {
                  relay: failure.relay,
                  detail: failure.detail ?? '',
                })}
              </li>
            ))}
          </ul>
          {status.nextAttemptAt !== undefined && (
            <p>
              {t('beacon.nextAttempt', {
                time: formatDateTime(status.nextAttemptAt, language, { seconds: true }),
              })}
            </p>
          )}
        </>
      ) : (
        <>
          <p>{t('beacon.fetching', { round })}</p>
          {isNotYet && <p>{t('beacon.notYet')}</p>}
        </>
      )}
      {/* Nothing to retry before the round exists: the server fetches it by itself then. */}
      {status.phase !== 'fetched' && !isCounting && (
        <p>
          <button
            type="button"
            className="fr-btn fr-btn--secondary"
            disabled={isRetrying}
            onClick={onRetry}
          >
            {isRetrying ? t('beacon.retrying') : t('beacon.retry')}
          </button>
        </p>
      )}
      <div role="status" className="sr-announce">
        {announcement}
      </div>
    </div>
  );
}
