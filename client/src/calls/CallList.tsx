import { useEffect, useState } from 'react';
import { apiGet } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';
import type { PublicCall } from './callTypes';
import { formatDateTime } from '../../../shared/format/formatDateTime';

/** The home page's list of calls for projects, each with its status and closing date. */
export function CallList() {
  const { t, language } = useI18n();
  const [calls, setCalls] = useState<PublicCall[] | undefined>();
  useEffect(() => {
    apiGet<PublicCall[]>('/api/public/calls')
      .then(setCalls)
      .catch(() => setCalls([]));
  }, []);
  return (
    <section aria-labelledby="home-calls-title">
      <h2 id="home-calls-title">{t('calls.home.title')}</h2>
      {calls !== undefined && calls.length === 0 && <p>{t('calls.home.none')}</p>}
      {calls !== undefined && calls.length > 0 && (
        <ul data-testid="call-list">
          {calls.map((call) => (
            <li key={call.id}>
              <Link href={`/appel/${encodeURIComponent(call.id)}`}>{call.title}</Link> —{' '}
              {call.status === 'closed'
                ? t('calls.home.itemClosed', { closesAt: formatDateTime(call.closesAt, language) })
                : t('calls.home.item', {
                    status: t(`calls.status.${call.status}`),
                    closesAt: formatDateTime(call.closesAt, language),
                  })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
