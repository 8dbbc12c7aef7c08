import { useI18n } from '../i18n/useI18n';

/** A link to another site, opened in a new window and saying so (RGAA 13.2). */
export function ExternalLink({ href, children }: { href: string; children: string }) {
  const { t } = useI18n();
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      title={`${children} ${t('about.newWindow')}`}
    >
      {children}
    </a>
  );
}
