import { useI18n } from '../i18n/useI18n';
import { useServiceName } from '../layout/useServiceName';
import { Link } from '../routing/Link';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { AboutSection } from './AboutSection';
import { ExternalLink } from './ExternalLink';

const ISSUES = [
  'about.a11y.issues.charts',
  'about.a11y.issues.room',
  'about.a11y.issues.projector',
  'about.a11y.issues.files',
  'about.a11y.issues.screenReaders',
] as const;

/** The accessibility statement: partially compliant until an audit, with the known non-compliances. */
export function AccessibilityPage() {
  const { t } = useI18n();
  const { name } = useServiceName();
  useDocumentTitle(t('about.a11y.title'));
  return (
    <article className="about-page">
      <h1>{t('about.a11y.title')}</h1>
      <p>{t('about.a11y.intro', { name })}</p>
      <AboutSection id="a11y-status" title={t('about.a11y.status.title')}>
        <p>{t('about.a11y.status.body', { name })}</p>
      </AboutSection>
      <AboutSection id="a11y-tests" title={t('about.a11y.tests.title')}>
        <p>{t('about.a11y.tests.body')}</p>
      </AboutSection>
      <AboutSection id="a11y-issues" title={t('about.a11y.issues.title')}>
        <p>{t('about.a11y.issues.intro')}</p>
        <ul>
          {ISSUES.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <h3>{t('about.a11y.exemptions.title')}</h3>
        <p>{t('about.a11y.exemptions.body')}</p>
      </AboutSection>
      <AboutSection id="a11y-setup" title={t('about.a11y.setup.title')}>
        <p>{t('about.a11y.setup.date')}</p>
        <h3>{t('about.a11y.tech.title')}</h3>
        <p>{t('about.a11y.tech.body')}</p>
        <h3>{t('about.a11y.env.title')}</h3>
        <p>{t('about.a11y.env.body')}</p>
      </AboutSection>
      <AboutSection id="a11y-contact" title={t('about.a11y.contact.title')}>
        <p>{t('about.a11y.contact.body')}</p>
        <p>
          <Link href="/mentions-legales">{t('layout.footer.legal')}</Link>
        </p>
      </AboutSection>
      <AboutSection id="a11y-recourse" title={t('about.a11y.recourse.title')}>
        <p>{t('about.a11y.recourse.intro')}</p>
        <ul>
          <li>
            <ExternalLink href="https://formulaire.defenseurdesdroits.fr/">
              {t('about.a11y.recourse.form')}
            </ExternalLink>
          </li>
          <li>
            <ExternalLink href="https://www.defenseurdesdroits.fr/carte-des-delegues">
              {t('about.a11y.recourse.delegate')}
            </ExternalLink>
          </li>
          <li>{t('about.a11y.recourse.mail')}</li>
        </ul>
      </AboutSection>
    </article>
  );
}
