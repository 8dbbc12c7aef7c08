import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { ConsoleBreadcrumb } from './ConsoleBreadcrumb';

export function OrganiserNotFound() {
  const { t } = useI18n();
  useDocumentTitle(t('organiser.notFound.title'));
  return (
    <div className="organiser">
      <ConsoleBreadcrumb current={t('organiser.notFound.title')} />
      <h1>{t('organiser.notFound.title')}</h1>
      <p>{t('organiser.notFound.text')}</p>
      <p>
        <Link href="/organiser">{t('organiser.backToList')}</Link>
      </p>
    </div>
  );
}
