import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';
import { LanguageSwitcher } from './LanguageSwitcher';

/** Page frame: skip link, header with the language choice, main landmark, footer. */
export function PageLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="site-header">
        <div className="brand">
          <span className="brand-name">
            <Link href="/">{t('app.name')}</Link>
          </span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <LanguageSwitcher />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('footer.text')}</p>
      </footer>
    </>
  );
}
