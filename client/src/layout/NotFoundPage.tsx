import { fr } from '@codegouvfr/react-dsfr';
import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';
import { useDocumentTitle } from '../ui/useDocumentTitle';

/**
 * The DSFR's "page not found" pattern: for a path the application does not know, and for a process or call
 * that does not exist (the server answers those with HTTP 404; pages render this when their API says so).
 */
export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t('layout.notFound.title'));
  return (
    <div
      className={fr.cx(
        'fr-grid-row',
        'fr-grid-row--gutters',
        'fr-grid-row--middle',
        'fr-grid-row--center',
        'fr-my-4w',
      )}
      data-testid="not-found"
    >
      <div className={fr.cx('fr-col-12', 'fr-col-md-8')}>
        <h1>{t('layout.notFound.title')}</h1>
        <p className={fr.cx('fr-text--sm', 'fr-mb-3w')}>{t('layout.notFound.code')}</p>
        <p className={fr.cx('fr-text--lead', 'fr-mb-3w')}>{t('layout.notFound.lead')}</p>
        <p className={fr.cx('fr-text--sm', 'fr-mb-5w')}>{t('layout.notFound.body')}</p>
        <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
          <li>
            <Link className={fr.cx('fr-btn')} href="/">
              {t('layout.notFound.home')}
            </Link>
          </li>
          <li>
            <Link className={fr.cx('fr-btn', 'fr-btn--secondary')} href="/plan-du-site">
              {t('layout.notFound.sitemap')}
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
