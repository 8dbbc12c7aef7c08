// Gives each console page its own window title (RGAA 8.6), ending with the application's name.

import { useEffect } from 'react';
import { useI18n } from '../i18n/useI18n';

export function useDocumentTitle(pageTitle: string): void {
  const { t } = useI18n();
  const title = `${pageTitle} — ${t('app.name')}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
}
