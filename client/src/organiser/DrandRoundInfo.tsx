import { useI18n } from '../i18n/useI18n';
import { formatNumber } from '../../../shared/format/formatNumber';
import { DrandRoundTime } from '../ui/DrandRoundTime';

/** A drand quicknet round and the moment it is produced (genesis + 3 s per round), counting down until then. */
export function DrandRoundInfo({ round }: { round: number }) {
  const { t, language } = useI18n();
  return (
    <>
      {t('organiser.drand.round', { round: formatNumber(round, language) })}{' '}
      <DrandRoundTime round={round} />
    </>
  );
}
