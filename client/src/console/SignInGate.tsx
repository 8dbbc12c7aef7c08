import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { api } from '../api/api';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/useI18n';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { describeApiError, type FormError } from '../ui/formErrors';
import { LoginForm } from '../organiser/LoginForm';
import {
  OrganiserSessionContext,
  type OrganiserSession,
  type SignedInAccount,
} from '../session/organiserSession';
import { AccountNav } from '../accounts/AccountNav';
import { SetupForm } from '../organiser/SetupForm';

/** What the gate reads of the session (GET /api/auth/session). */
interface Session {
  setupNeeded: boolean;
  account: SignedInAccount | null;
}

function focusMain() {
  document.getElementById('main')?.focus();
}

/** Shows the console only to a signed-in organiser; otherwise the first-start setup or the sign-in form. */
export function SignInGate({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [session, setSession] = useState<Session | undefined>();
  const [loadErrors, setLoadErrors] = useState<readonly FormError[]>([]);
  const [notice, setNotice] = useState<MessageKey | undefined>();

  const load = useCallback(async () => {
    setLoadErrors([]);
    try {
      setSession(await api('auth.session'));
    } catch (error) {
      setLoadErrors([describeApiError(error)]);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const account = session?.account ?? undefined;
  const value = useMemo<OrganiserSession>(
    () => ({
      ...(account === undefined ? {} : { account }),
      signOut: async () => {
        try {
          await api('auth.logout');
        } catch {
          // Signing out must always succeed locally; an expired session is already closed.
        }
        setNotice('organiser.login.signedOut');
        setSession({ setupNeeded: false, account: null });
        focusMain();
      },
      expire: () => {
        setNotice('organiser.login.expired');
        setSession({ setupNeeded: false, account: null });
      },
    }),
    [account],
  );

  const signedIn = () => {
    setNotice(undefined);
    void load().then(focusMain);
  };

  if (session === undefined)
    return (
      <div className={fr.cx('fr-my-4w')}>
        <h1>{t('organiser.title')}</h1>
        {loadErrors.length === 0 ? (
          <p role="status">{t('organiser.loading')}</p>
        ) : (
          <>
            <ErrorSummary errors={loadErrors} />
            <Button priority="secondary" onClick={() => void load()}>
              {t('organiser.retry')}
            </Button>
          </>
        )}
      </div>
    );
  if (session.setupNeeded) return <SetupForm onDone={signedIn} />;
  if (session.account === null) return <LoginForm notice={notice} onSignedIn={signedIn} />;
  return (
    <OrganiserSessionContext.Provider value={value}>
      <AccountNav account={session.account} />
      {children}
    </OrganiserSessionContext.Provider>
  );
}
