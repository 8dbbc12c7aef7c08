import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { apiGet, apiSend } from '../api/apiClient';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/useI18n';
import { ErrorSummary } from './ErrorSummary';
import { describeApiError, type FormError } from './formErrors';
import { LoginForm } from './LoginForm';
import { OrganiserSessionContext, type OrganiserSession } from './organiserSession';
import { SetupForm } from './SetupForm';

interface Session {
  passwordSet: boolean;
  organiser: boolean;
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
      setSession(await apiGet<Session>('/api/auth/session'));
    } catch (error) {
      setLoadErrors([describeApiError(error)]);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const value = useMemo<OrganiserSession>(
    () => ({
      signOut: async () => {
        try {
          await apiSend('POST', '/api/auth/logout');
        } catch {
          // Signing out must always succeed locally; an expired session is already closed.
        }
        setNotice('organiser.login.signedOut');
        setSession({ passwordSet: true, organiser: false });
        focusMain();
      },
      expire: () => {
        setNotice('organiser.login.expired');
        setSession({ passwordSet: true, organiser: false });
      },
    }),
    [],
  );

  const signedIn = () => {
    setNotice(undefined);
    setSession({ passwordSet: true, organiser: true });
    focusMain();
  };

  if (session === undefined)
    return (
      <div className="organiser">
        <h1>{t('organiser.title')}</h1>
        {loadErrors.length === 0 ? (
          <p role="status">{t('organiser.loading')}</p>
        ) : (
          <>
            <ErrorSummary errors={loadErrors} />
            <button type="button" className="button-secondary" onClick={() => void load()}>
              {t('organiser.retry')}
            </button>
          </>
        )}
      </div>
    );
  if (!session.passwordSet)
    return (
      <SetupForm
        onDone={signedIn}
        onAlreadySet={() => {
          setNotice('organiser.login.alreadySet');
          setSession({ passwordSet: true, organiser: false });
        }}
      />
    );
  if (!session.organiser) return <LoginForm notice={notice} onSignedIn={signedIn} />;
  return (
    <OrganiserSessionContext.Provider value={value}>{children}</OrganiserSessionContext.Provider>
  );
}
