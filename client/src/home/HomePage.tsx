import { fr } from '@codegouvfr/react-dsfr';
import { Card } from '../ui/Card';
import { Tile } from '../ui/Tile';
import type { PublicCallView } from '../../../shared/calls/callViews';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { useI18n } from '../i18n/useI18n';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { usePublicListings } from '../api/usePublicListings';

const TOOLS = [
  { href: '/verifier', key: 'verifier' },
  { href: '/temoin', key: 'witness' },
  { href: '/organiser', key: 'console' },
] as const;

/** The published processes and calls for projects as cards, then the verifier, witness and console tiles. */
export function HomePage() {
  const { t, language } = useI18n();
  useDocumentTitle(t('home.pageTitle'));
  const { processes, calls } = usePublicListings();
  const callDetail = (call: PublicCallView) =>
    call.status === 'closed'
      ? t('calls.home.itemClosed', { closesAt: formatDateTime(call.closesAt, language) })
      : t('calls.home.item', {
          status: t(`calls.status.${call.status}`),
          closesAt: formatDateTime(call.closesAt, language),
        });
  return (
    <article>
      <h1>{t('home.title')}</h1>
      <p className={fr.cx('fr-text--lead')}>{t('home.intro')}</p>
      <section aria-labelledby="home-processes-title" className={fr.cx('fr-mt-6w')}>
        <h2 id="home-processes-title">{t('home.processes')}</h2>
        {processes !== undefined && processes.length === 0 && <p>{t('home.none')}</p>}
        {processes !== undefined && processes.length > 0 && (
          <ul className={`${fr.cx('fr-grid-row', 'fr-grid-row--gutters')} plain-list`}>
            {processes.map((process) => (
              <li
                key={process.id}
                data-testid="home-process"
                className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-4')}
              >
                <Card
                  title={process.title}
                  titleAs="h3"
                  size="small"
                  enlargeLink
                  linkProps={{ href: `/p/${encodeURIComponent(process.id)}` }}
                  desc={t(`stage.${process.stage}`)}
                  border
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="home-calls-title" className={fr.cx('fr-mt-6w')}>
        <h2 id="home-calls-title">{t('calls.home.title')}</h2>
        {calls !== undefined && calls.length === 0 && <p>{t('calls.home.none')}</p>}
        {calls !== undefined && calls.length > 0 && (
          <ul
            className={`${fr.cx('fr-grid-row', 'fr-grid-row--gutters')} plain-list`}
            data-testid="call-list"
          >
            {calls.map((call) => (
              <li key={call.id} className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-4')}>
                <Card
                  title={call.title}
                  titleAs="h3"
                  size="small"
                  enlargeLink
                  linkProps={{ href: `/appel/${encodeURIComponent(call.id)}` }}
                  desc={callDetail(call)}
                  border
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="home-tools-title" className={fr.cx('fr-mt-6w')}>
        <h2 id="home-tools-title">{t('home.tools')}</h2>
        <ul className={`${fr.cx('fr-grid-row', 'fr-grid-row--gutters')} plain-list`}>
          {TOOLS.map((tool) => (
            <li key={tool.key} className={fr.cx('fr-col-12', 'fr-col-md-4')}>
              <Tile
                title={t(`home.tile.${tool.key}.title`)}
                titleAs="h3"
                desc={t(`home.tile.${tool.key}.desc`)}
                linkProps={{ href: tool.href }}
                enlargeLinkOrButton
              />
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
