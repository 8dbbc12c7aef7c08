// Starts the State design system (DSFR) before the first render: its JavaScript (menus, modals,
// accordions, the colour scheme) and its stylesheets, fonts and icons, all bundled from the package.
// The stylesheets are the minified DSFR (screen, then print) and only the icons the client uses
// (vite.config.ts builds `virtual:dsfr-icons.css`), not react-dsfr's main.css with all ~1,200 icons.

import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import 'virtual:dsfr-icons.css';
import '@codegouvfr/react-dsfr/dsfr/dsfr.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/dsfr.print.min.css';
import { Link } from './routing/Link';
import { useI18n } from './i18n/useI18n';

/**
 * The page's CSP nonce, from the tag Vite writes (html.cspNonce) and the server fills in. Browsers hide
 * the nonce attribute's value from the DOM; the property keeps it.
 */
function pageNonce(): string | undefined {
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  const nonce = meta?.nonce ?? '';
  return nonce === '' ? undefined : nonce;
}

export function startDesignSystem(): void {
  const nonce = pageNonce();
  startReactDsfr({
    defaultColorScheme: 'system',
    Link,
    // Called as a hook inside the design system's components, which all render under <I18nProvider>.
    useLang: () => useI18n().language,
    ...(nonce === undefined ? {} : { nonce }),
  });
}
