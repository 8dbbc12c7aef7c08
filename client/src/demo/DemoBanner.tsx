import { Notice } from '../ui/Notice';
import { useI18n } from '../i18n/useI18n';
import { useIsDemoProcess } from './useIsDemoProcess';
import './demo.css';

/** The notice every page of a demonstration process carries; nothing for any other process. */
export function DemoBanner({ processId }: { processId: string | undefined }) {
  const isDemo = useIsDemoProcess(processId);
  return isDemo ? <DemoNotice /> : null;
}

/** The design system's information notice, full width of the content, never wider than the screen. */
export function DemoNotice() {
  const { t } = useI18n();
  return (
    <aside
      className="demo-notice fr-mb-3w"
      aria-label={t('demo.banner.title')}
      data-testid="demo-banner"
    >
      <Notice title={t('demo.banner.title')} description={t('demo.banner.text')} />
    </aside>
  );
}
