import { useI18n } from '../i18n/useI18n';

/** Shown while a page's chunk arrives: a polite status, not a blank screen. */
export function PageLoading() {
  const { t } = useI18n();
  return (
    <p role="status" className="page-loading">
      {t('page.loading')}
    </p>
  );
}
