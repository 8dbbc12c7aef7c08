import { Alert } from '../ui/Alert';
import { useI18n } from '../i18n/useI18n';
import { CallStatusLabel } from './CallStatusLabel';
import type { PublicCall } from './callTypes';
import { formatDateTime } from '../../../shared/format/formatDateTime';

/** The call's window and status, and what that means for applicants right now. */
export function CallFacts({ call }: { call: PublicCall }) {
  const { t, language } = useI18n();
  const opensAt = formatDateTime(call.opensAt, language);
  const closesAt = formatDateTime(call.closesAt, language);
  return (
    <>
      <dl className="facts" data-testid="call-facts">
        <dt>{t('calls.facts.status')}</dt>
        <dd>
          <CallStatusLabel status={call.status} />
        </dd>
        <dt>{t('calls.facts.opensAt')}</dt>
        <dd>
          <time dateTime={call.opensAt}>{t('calls.date', { date: opensAt })}</time>
        </dd>
        <dt>{t('calls.facts.closesAt')}</dt>
        <dd>
          <time dateTime={call.closesAt}>{t('calls.date', { date: closesAt })}</time>
        </dd>
      </dl>
      {/* Read in the page's order, not shouted: role left off (RGAA 8.7). */}
      <Alert
        small
        role={undefined}
        severity={call.status === 'open' ? 'info' : 'warning'}
        className="fr-my-3w"
        data-testid="call-status"
        description={
          call.status === 'upcoming'
            ? t('calls.upcoming.notice', { opensAt })
            : call.status === 'open'
              ? t('calls.open.notice', { closesAt })
              : t('calls.closed.notice', { closesAt })
        }
      />
    </>
  );
}
