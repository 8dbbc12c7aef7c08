import { apiPath } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import type { PublicCall } from './callTypes';

/** The call's public hash-chained log: a download, and its current length and head digest. */
export function CallLog({ call }: { call: PublicCall }) {
  const { t, language } = useI18n();
  return (
    <section aria-labelledby="call-log-title" className="fr-mt-6w">
      <h2 id="call-log-title">{t('calls.log.title')}</h2>
      <p>{t('calls.log.intro')}</p>
      <p>
        <a
          className="fr-link fr-link--download"
          href={apiPath('publicCalls.log', { params: { id: call.id } })}
          download
        >
          {t('calls.log.link')}
        </a>
      </p>
      <p className="fr-text--sm">
        {t('calls.log.head', { count: call.lastSeq.toLocaleString(language) })}{' '}
        <code className="hash">{call.head}</code>
      </p>
    </section>
  );
}
