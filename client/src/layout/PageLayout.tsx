import { fr } from '@codegouvfr/react-dsfr';
import { Display } from '@codegouvfr/react-dsfr/Display/Display';
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';
import { FOOTER_ID, ServiceFooter } from './ServiceFooter';
import { NAVIGATION_ID, ServiceHeader } from './ServiceHeader';

/** The verifier pages: nothing they check leaves the browser, and only they say so. */
const VERIFIER_PATHS = ['/verifier', '/verifier/loterie'];

/**
 * Every page's frame: the skip links (content, menu, footer), the DSFR header, the main landmark in a
 * DSFR container (full width on a phone, centred and bounded on wider screens), and the footer.
 */
export function PageLayout({ path, children }: { path: string; children: ReactNode }) {
  const { t } = useI18n();
  const isVerifier = VERIFIER_PATHS.includes(path.replace(/\/$/, '') || '/');
  return (
    <>
      <SkipLinks
        links={[
          { label: t('layout.skip.content'), anchor: '#main' },
          { label: t('layout.skip.menu'), anchor: `#${NAVIGATION_ID}` },
          { label: t('layout.skip.footer'), anchor: `#${FOOTER_ID}` },
        ]}
      />
      <ServiceHeader path={path} />
      <main id="main" tabIndex={-1}>
        <div className={fr.cx('fr-container', 'fr-py-4w')}>{children}</div>
      </main>
      <ServiceFooter saysVerifiedInBrowser={isVerifier} />
      {/* The "Paramètres d'affichage" dialog the footer's button opens (light, dark, system). */}
      <Display />
    </>
  );
}
