import { ScrollTable } from '../ui/ScrollTable';
import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { AboutSection } from './AboutSection';
import { ExternalLink } from './ExternalLink';

/** The rows of the personal-data inventory (docs/security.md, "Personal data and retention"), in words. */
const SUBJECTS = ['volunteers', 'jurors', 'applicants', 'reviewers', 'accounts', 'mail'] as const;
const COLUMNS = ['data', 'why', 'readers', 'until'] as const;

/** What the tool stores about whom, why, who reads it, for how long, and how to exercise one's rights. */
export function PersonalDataPage() {
  const { t } = useI18n();
  useDocumentTitle(t('about.privacy.title'));
  return (
    <article className="about-page">
      <h1>{t('about.privacy.title')}</h1>
      <p>{t('about.privacy.intro')}</p>
      <ScrollTable label={t('about.privacy.table.caption')} className="fr-table--bordered">
        <table>
          <caption>{t('about.privacy.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('about.privacy.col.who')}</th>
              {COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {t(`about.privacy.col.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {SUBJECTS.map((subject) => (
              <tr key={subject}>
                <th scope="row">{t(`about.privacy.${subject}.who`)}</th>
                {COLUMNS.map((column) => (
                  <td key={column}>{t(`about.privacy.${subject}.${column}`)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <AboutSection id="privacy-public" title={t('about.privacy.public.title')}>
        <p>{t('about.privacy.public.body')}</p>
      </AboutSection>
      <AboutSection id="privacy-browser" title={t('about.privacy.browser.title')}>
        <p>{t('about.privacy.browser.body')}</p>
      </AboutSection>
      <AboutSection id="privacy-erasure" title={t('about.privacy.erasure.title')}>
        <p>{t('about.privacy.erasure.body')}</p>
      </AboutSection>
      <AboutSection id="privacy-rights" title={t('about.privacy.rights.title')}>
        <p>{t('about.privacy.rights.body')}</p>
        <p>
          <Link href="/mentions-legales">{t('layout.footer.legal')}</Link>
        </p>
        <p>
          <ExternalLink href="https://www.cnil.fr/fr/adresser-une-plainte">
            {t('about.privacy.cnil')}
          </ExternalLink>
        </p>
      </AboutSection>
    </article>
  );
}
