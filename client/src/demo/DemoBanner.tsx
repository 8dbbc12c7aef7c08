import { useId } from 'react';
import { useI18n } from '../i18n/useI18n';
import { useIsDemoProcess } from './useIsDemoProcess';
import './demo.css';

/** The notice every page of a demonstration process carries; nothing for any other process. */
export function DemoBanner({ processId }: { processId: string | undefined }) {
  const isDemo = useIsDemoProcess(processId);
  return isDemo ? <DemoNotice /> : null;
}

export function DemoNotice() {
  const { t } = useI18n();
  const id = useId();
  return (
    <aside className="demo-notice" aria-labelledby={id} data-testid="demo-banner">
      <p className="demo-notice-title" id={id}>
        {t('demo.banner.title')}
      </p>
      <p>{t('demo.banner.text')}</p>
    </aside>
  );
}
