import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { AboutSection } from './AboutSection';

/** The legal notice: the publisher (the deployment's, AIC/DITP by default), hosting, the code's licence. */
export function LegalNoticePage() {
  const { t } = useI18n();
  useDocumentTitle(t('about.legal.title'));
  return (
    <article className="about-page">
      <h1>{t('about.legal.title')}</h1>
      <AboutSection id="legal-publisher" title={t('about.legal.publisher.title')}>
        <p>{t('about.legal.publisher.body')}</p>
        <p>{t('about.legal.publisher.operator')}</p>
      </AboutSection>
      <AboutSection id="legal-director" title={t('about.legal.director.title')}>
        <p>{t('about.legal.director.body')}</p>
      </AboutSection>
      <AboutSection id="legal-hosting" title={t('about.legal.hosting.title')}>
        <p>{t('about.legal.hosting.body')}</p>
      </AboutSection>
      <AboutSection id="legal-licence" title={t('about.legal.licence.title')}>
        <p>{t('about.legal.licence.body')}</p>
        <p>{t('about.legal.dsfr')}</p>
      </AboutSection>
      <AboutSection id="legal-links" title={t('about.legal.links.title')}>
        <ul>
          <li>
            <Link href="/accessibilite">{t('about.sitemap.accessibility')}</Link>
          </li>
          <li>
            <Link href="/donnees-personnelles">{t('about.sitemap.privacy')}</Link>
          </li>
        </ul>
      </AboutSection>
    </article>
  );
}
