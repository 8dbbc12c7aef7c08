import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { AboutSection } from './AboutSection';
import { usePublicListings } from '../api/usePublicListings';

/** Every public page, linked; the pages reached through a process, a call or a personal link, described. */
export function SiteMapPage() {
  const { t } = useI18n();
  useDocumentTitle(t('about.sitemap.title'));
  // The site map lists what has loaded so far; a listing still loading or failed reads as none.
  const { processes = [], calls = [] } = usePublicListings();
  return (
    <article className="about-page">
      <h1>{t('about.sitemap.title')}</h1>
      <AboutSection id="sitemap-public" title={t('about.sitemap.public')}>
        <ul>
          <li>
            <Link href="/">{t('about.sitemap.home')}</Link>
          </li>
          <li>
            <Link href="/verifier">{t('about.sitemap.verifier')}</Link>
          </li>
          <li>
            <Link href="/verifier/loterie">{t('about.sitemap.lottery')}</Link>
          </li>
          <li>
            <Link href="/temoin">{t('about.sitemap.witness')}</Link>
          </li>
          <li>
            <Link href="/organiser">{t('about.sitemap.console')}</Link>
          </li>
        </ul>
      </AboutSection>
      <AboutSection id="sitemap-processes" title={t('about.sitemap.processes')}>
        <p>{t('about.sitemap.processHint')}</p>
        {processes.length === 0 ? (
          <p>{t('home.none')}</p>
        ) : (
          <ul>
            {processes.map((process) => (
              <li key={process.id}>
                <Link href={`/p/${encodeURIComponent(process.id)}`}>{process.title}</Link>
                <ul>
                  <li>
                    <Link href={`/p/${encodeURIComponent(process.id)}/resultats`}>
                      {t('about.sitemap.results')}
                    </Link>
                  </li>
                  <li>
                    <Link href={`/p/${encodeURIComponent(process.id)}/proces-verbal`}>
                      {t('about.sitemap.record')}
                    </Link>
                  </li>
                </ul>
              </li>
            ))}
          </ul>
        )}
      </AboutSection>
      <AboutSection id="sitemap-calls" title={t('about.sitemap.calls')}>
        {calls.length === 0 ? (
          <p>{t('calls.home.none')}</p>
        ) : (
          <ul>
            {calls.map((call) => (
              <li key={call.id}>
                <Link href={`/appel/${encodeURIComponent(call.id)}`}>{call.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </AboutSection>
      <AboutSection id="sitemap-personal" title={t('about.sitemap.personal')}>
        <p>{t('about.sitemap.personalHint')}</p>
        <ul>
          <li>{t('about.sitemap.invitation')}</li>
          <li>{t('about.sitemap.application')}</li>
          <li>{t('about.sitemap.reviewer')}</li>
        </ul>
      </AboutSection>
      <AboutSection id="sitemap-about" title={t('about.sitemap.about')}>
        <ul>
          <li>
            <Link href="/accessibilite">{t('about.sitemap.accessibility')}</Link>
          </li>
          <li>
            <Link href="/mentions-legales">{t('about.sitemap.legal')}</Link>
          </li>
          <li>
            <Link href="/donnees-personnelles">{t('about.sitemap.privacy')}</Link>
          </li>
          <li>
            <Link href="/plan-du-site" aria-current="page">
              {t('about.sitemap.title')}
            </Link>
          </li>
        </ul>
      </AboutSection>
    </article>
  );
}
