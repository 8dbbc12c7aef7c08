import { useEffect, useRef, useState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { api, apiPath } from '../api/api';
import type { OidcOffer } from '../../../shared/api/contract';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/useI18n';

const REFUSALS = [
  'no-account',
  'unverified-email',
  'no-email',
  'expired',
  'denied',
  'provider',
  'rate-limited',
] as const;
type Refusal = (typeof REFUSALS)[number];

/** Why the server sent the browser back here (`?oidc=<reason>`); an unknown reason reads as expired. */
function readRefusal(): Refusal | undefined {
  const reason = new URL(window.location.href).searchParams.get('oidc');
  // `code` is no refusal: the account's second factor is asked for (OidcCodeStep).
  if (reason === null || reason === 'code') return undefined;
  return (REFUSALS as readonly string[]).includes(reason) ? (reason as Refusal) : 'expired';
}

/** Cleans the address, so that a reload or a later sign-in does not show the refusal again. */
function forgetRefusal(): void {
  const url = new URL(window.location.href);
  url.searchParams.delete('oidc');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
}

/**
 * Sign-in with the OpenID Connect provider (ProConnect) when the server offers it: a link to the start
 * route (a plain navigation, so it works from the keyboard and without script), and the reason a previous
 * attempt was refused.
 */
export function OidcSignIn() {
  const { t } = useI18n();
  const [offer, setOffer] = useState<OidcOffer | undefined>();
  const [refusal] = useState(readRefusal);
  const refusalRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    api('oidc.offer').then(
      (answer) => live && setOffer(answer),
      // Without the offer the password form still works: the button is simply not shown.
      () => live && setOffer({ configured: false }),
    );
    return () => {
      live = false;
    };
  }, []);

  // Back from the provider with a refusal: take the keyboard and the screen reader straight to it.
  useEffect(() => {
    if (refusal === undefined) return;
    forgetRefusal();
    refusalRef.current?.focus();
  }, [refusal]);

  return (
    <>
      {refusal !== undefined && (
        <div
          className={fr.cx('fr-alert', 'fr-alert--error', 'fr-my-3w')}
          role="alert"
          tabIndex={-1}
          ref={refusalRef}
        >
          <p className={fr.cx('fr-alert__title')}>{t('oidc.refused.title')}</p>
          <p>{t(`oidc.refused.${refusal}` as MessageKey)}</p>
        </div>
      )}
      {offer?.configured === true && (
        <div className={fr.cx('fr-mt-4w')}>
          <p className={fr.cx('fr-hr-or')}>{t('oidc.or')}</p>
          <a
            className={fr.cx(
              'fr-btn',
              'fr-btn--secondary',
              'fr-btn--icon-left',
              'fr-icon-account-circle-line',
            )}
            href={apiPath('oidc.start')}
          >
            {offer.label}
          </a>
          <p className={fr.cx('fr-hint-text', 'fr-mt-1w')}>{t('oidc.hint')}</p>
        </div>
      )}
    </>
  );
}
