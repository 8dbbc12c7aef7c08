import { useI18n } from '../i18n/useI18n';
import { quicknetRoundTime } from '../../../shared/lottery/drand';
import { formatDateTime } from './formatDateTime';

/** A drand quicknet round and the moment it is produced (genesis + 3 s per round), in words. */
export function DrandRoundInfo({ round }: { round: number }) {
  const { t, language } = useI18n();
  const at = new Date(quicknetRoundTime(round) * 1000);
  return (
    <>
      {t('organiser.drand.round', { round })}{' '}
      <time dateTime={at.toISOString()}>
        {t('organiser.drand.expected', { time: formatDateTime(at, language, true) })}
      </time>
    </>
  );
}
