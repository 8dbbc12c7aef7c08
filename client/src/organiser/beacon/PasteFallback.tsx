import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n';

/** The hand-paste form, folded under "Coller la signature à la main" while the server fetches the round. */
export function PasteFallback({
  isCollapsed,
  children,
}: {
  isCollapsed: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  if (!isCollapsed) return <>{children}</>;
  return (
    <details className="paste-fallback">
      <summary>{t('beacon.paste')}</summary>
      <p className="hint">{t('beacon.pasteHint')}</p>
      {children}
    </details>
  );
}
