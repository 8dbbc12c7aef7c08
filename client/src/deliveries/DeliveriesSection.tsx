import { useId, useState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { tPlural } from '../i18n/plural';
import { useI18n } from '../i18n/useI18n';
import type { MessageKey } from '../i18n/messages';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { formatNumber } from '../../../shared/format/formatNumber';
import type { DeliveryCounts, DeliveryView } from '../../../shared/mail/deliveries';
import { Badge } from '../ui/Badge';
import type { Deliveries } from './useDeliveries';
import './deliveries.css';

/** The section's heading id: the failure alert at the top of the page links to it. */
export const DELIVERIES_SECTION_ID = 'envois';

/** The status badge's colour and icon. */
const STATUS_SEVERITY = {
  sent: 'success',
  queued: 'info',
  failed: 'error',
} as const satisfies Record<DeliveryView['status'], 'success' | 'info' | 'error'>;

interface Announcement {
  key: MessageKey;
  values: Record<string, string>;
  failed: boolean;
}

/**
 * "Envois": per purpose (invitations, reminders, receipts, applicants, reviewers), the counts and each
 * recipient with status, attempts and the last error in plain words, and "Renvoyer". Failures and waiting
 * messages are listed; sent ones sit behind a disclosure. A list, not a table, so that it reads on a phone.
 */
export function DeliveriesSection({ deliveries }: { deliveries: Deliveries }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const id = useId();
  const [announcement, setAnnouncement] = useState<Announcement | undefined>();
  const [busy, setBusy] = useState<number | undefined>();
  const { report } = deliveries;
  const countsText = (counts: DeliveryCounts) =>
    t('deliveries.counts', {
      sent: tPlural(i18n, 'deliveries.sent', counts.sent, {
        count: formatNumber(counts.sent, language),
      }),
      queued: formatNumber(counts.queued, language),
      failed: formatNumber(counts.failed, language),
    });

  async function resend(delivery: DeliveryView) {
    setBusy(delivery.id);
    try {
      const next = await deliveries.resend(delivery.id);
      setAnnouncement({
        key: 'deliveries.resent',
        values: { to: next.to, status: t(`deliveries.status.${next.status}`) },
        failed: false,
      });
      await deliveries.reload();
    } catch {
      setAnnouncement({
        key: 'deliveries.resendFailed',
        values: { to: delivery.to },
        failed: true,
      });
    } finally {
      setBusy(undefined);
    }
  }

  function item(delivery: DeliveryView) {
    const describedBy = `${id}-to-${delivery.id}`;
    return (
      <li key={delivery.id} className={`delivery delivery-${delivery.status}`}>
        <p className="delivery-head">
          <span id={describedBy} className="delivery-to">
            {delivery.to}
          </span>{' '}
          <Badge as="span" small severity={STATUS_SEVERITY[delivery.status]}>
            {t(`deliveries.status.${delivery.status}`)}
          </Badge>
        </p>
        <p className="delivery-facts">
          {delivery.recipientRef !== null && (
            <span>{t('deliveries.ref', { ref: delivery.recipientRef })}</span>
          )}
          <span>
            {t('deliveries.attempts', { count: formatNumber(delivery.attempts, language) })}
          </span>
          {delivery.sentAt !== null && (
            <span>
              {t('deliveries.sentAt', { date: formatDateTime(delivery.sentAt, language) })}
            </span>
          )}
          {delivery.status === 'queued' &&
            delivery.nextAttemptAt !== null &&
            delivery.attempts > 0 && (
              <span>
                {t('deliveries.nextAttempt', {
                  date: formatDateTime(delivery.nextAttemptAt, language),
                })}
              </span>
            )}
        </p>
        {delivery.problem !== null && (
          <p className="delivery-problem">
            {t(`deliveries.problem.${delivery.problem}`)}
            {delivery.lastError !== null && (
              <span className="delivery-technical">
                {' '}
                {t('deliveries.technical', { error: delivery.lastError })}
              </span>
            )}
          </p>
        )}
        {delivery.status !== 'queued' && (
          <button
            type="button"
            className={fr.cx('fr-btn', 'fr-btn--secondary', 'fr-btn--sm', 'fr-mt-1w')}
            disabled={busy === delivery.id}
            onClick={() => void resend(delivery)}
          >
            {t('deliveries.resend')}
            <span className="fr-sr-only">{t('deliveries.resendTo', { to: delivery.to })}</span>
          </button>
        )}
      </li>
    );
  }

  return (
    <section aria-labelledby={DELIVERIES_SECTION_ID} className={`${fr.cx('fr-mt-6w')} deliveries`}>
      <h2 id={DELIVERIES_SECTION_ID} tabIndex={-1}>
        {t('deliveries.heading')}
      </h2>
      <div role="status" className="status-region">
        {announcement !== undefined && !announcement.failed && (
          <div className={fr.cx('fr-alert', 'fr-alert--success', 'fr-alert--sm', 'fr-my-2w')}>
            <p>{t(announcement.key, announcement.values)}</p>
          </div>
        )}
      </div>
      {announcement?.failed === true && (
        <div
          role="alert"
          className={fr.cx('fr-alert', 'fr-alert--error', 'fr-alert--sm', 'fr-my-2w')}
        >
          <p>{t(announcement.key, announcement.values)}</p>
        </div>
      )}
      <p>{t(`deliveries.intro.${deliveries.scope}`)}</p>
      {report === undefined ? (
        <p>{t(deliveries.loadFailed ? 'deliveries.loadFailed' : 'deliveries.loading')}</p>
      ) : report.groups.length === 0 ? (
        <p>{t('deliveries.none')}</p>
      ) : (
        <>
          <p>{t('deliveries.total', { counts: countsText(report.counts) })}</p>
          {report.groups.map((group) => {
            const pending = group.deliveries.filter((d) => d.status !== 'sent');
            const sent = group.deliveries.filter((d) => d.status === 'sent');
            const headingId = `${id}-${group.group}`;
            return (
              <section key={group.group} aria-labelledby={headingId} className="delivery-group">
                <h3 id={headingId}>{t(`deliveries.group.${group.group}`)}</h3>
                <p className="delivery-counts">{countsText(group.counts)}</p>
                {pending.length > 0 && <ul className="delivery-list">{pending.map(item)}</ul>}
                {sent.length > 0 && (
                  <details className="delivery-sent-list">
                    <summary>
                      {t('deliveries.showSent', { count: formatNumber(sent.length, language) })}
                    </summary>
                    <ul className="delivery-list">{sent.map(item)}</ul>
                  </details>
                )}
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
