import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useI18n } from '../i18n/useI18n';

/** Where a console page sits: home, the organiser area, then this page (the last, not a link). */
export function ConsoleBreadcrumb({ current }: { current?: string }) {
  const { t } = useI18n();
  const consoleLabel = t('console.breadcrumb.console');
  return current === undefined ? (
    <Breadcrumb
      className="fr-mt-0 fr-mb-2w"
      homeLinkProps={{ href: '/' }}
      segments={[]}
      currentPageLabel={consoleLabel}
    />
  ) : (
    <Breadcrumb
      className="fr-mt-0 fr-mb-2w"
      homeLinkProps={{ href: '/' }}
      segments={[{ label: consoleLabel, linkProps: { href: '/organiser' } }]}
      currentPageLabel={current}
    />
  );
}
