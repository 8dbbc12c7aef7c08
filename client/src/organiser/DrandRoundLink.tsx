import { useI18n } from '../i18n/useI18n';
import { DRAND_QUICKNET } from '../../../shared/lottery/drand';

/** Where to find a drand round's signature by hand: the same paragraph for the draw and the tie lottery. */
export function DrandRoundLink({ round }: { round: number }) {
  const { t } = useI18n();
  return (
    <p>
      {t('organiser.reveal.drandWhere')}{' '}
      <a
        href={`https://api.drand.sh/${DRAND_QUICKNET.chainHash}/public/${round}`}
        target="_blank"
        rel="noopener noreferrer"
      >
        {t('organiser.reveal.drandLink', { round })}
      </a>
    </p>
  );
}
