import { useEffect, useState } from 'react';
import { formatCountdown, formatDateTime } from '../../../shared/format/formatDateTime';
import { quicknetRoundTime } from '../../../shared/lottery/drandQuicknet';
import { useI18n } from '../i18n/useI18n';

/**
 * When a drand round is produced (genesis + 3 s per round): "attendu le … (dans 4 min 12 s)", counting down
 * every second while it is in the future, then "produit le …". The countdown is not a live region: it would
 * speak every second.
 */
export function DrandRoundTime({ round }: { round: number }) {
  const { t, language } = useI18n();
  const at = quicknetRoundTime(round) * 1000;
  const [now, setNow] = useState(() => Date.now());
  const isFuture = at > now;
  useEffect(() => {
    if (!isFuture) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [isFuture]);
  const time = formatDateTime(at, language, { seconds: true });
  return (
    <>
      <time dateTime={new Date(at).toISOString()}>
        {t(isFuture ? 'drand.expected' : 'drand.produced', { time })}
      </time>
      {isFuture && (
        <span className="countdown" data-testid="drand-countdown">
          {' '}
          {t('drand.countdown', { remaining: formatCountdown(at - now) })}
        </span>
      )}
    </>
  );
}
