import { fr } from '@codegouvfr/react-dsfr';
import { tPlural } from '../i18n/plural';
import { useI18n } from '../i18n/useI18n';
import { formatNumber } from '../../../shared/format/formatNumber';
import type { DeliveriesReport } from '../../../shared/mail/deliveries';
import { DELIVERIES_SECTION_ID } from './DeliveriesSection';

/** At the top of a process's or a call's page: impossible to miss when any e-mail could not be sent. */
export function DeliveryFailureAlert({ report }: { report: DeliveriesReport | undefined }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const failed = report?.counts.failed ?? 0;
  // Inserted only when something failed: a new alert element is announced at once.
  if (failed === 0) return null;
  return (
    <div
      role="alert"
      className={`${fr.cx('fr-alert', 'fr-alert--error', 'fr-my-2w')} delivery-alert`}
    >
      <p className={fr.cx('fr-alert__title')}>{t('deliveries.alert.title')}</p>
      <p>
        {tPlural(i18n, 'deliveries.alert.text', failed, { count: formatNumber(failed, language) })}{' '}
        <a href={`#${DELIVERIES_SECTION_ID}`}>{t('deliveries.alert.link')}</a>
      </p>
    </div>
  );
}
