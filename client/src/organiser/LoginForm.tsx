import { useId, useState, type FormEvent } from 'react';
import { apiSend } from '../api/apiClient';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/useI18n';
import { ErrorCode } from '../../../shared/errors';
import { ErrorSummary } from './ErrorSummary';
import { OidcSignIn } from './OidcSignIn';
import { StatusMessage } from './StatusMessage';
import { TextField } from './TextField';
import { useDocumentTitle } from './useDocumentTitle';
import { useFormState } from './useFormState';

/** Sign-in with the organiser password; attempts are rate-limited by the server. */
export function LoginForm({
  notice,
  onSignedIn,
}: {
  /** Why the form is shown again (signed out, session expired…), announced politely. */
  notice: MessageKey | undefined;
  onSignedIn: () => void;
}) {
  const { t } = useI18n();
  useDocumentTitle(t('organiser.login.title'));
  const passwordId = `${useId()}-password`;
  const [password, setPassword] = useState('');
  const form = useFormState();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password === '')
      return form.fail([{ key: 'organiser.login.required', fieldId: passwordId }]);
    const done = await form.submit(
      () => apiSend('POST', '/api/auth/login', { password }),
      (error) =>
        error.code === ErrorCode.BadCredentials
          ? [{ key: 'organiser.apiError.badCredentials', fieldId: passwordId }]
          : undefined,
    );
    if (done !== undefined) onSignedIn();
  }

  return (
    <div className="organiser">
      <h1>{t('organiser.login.title')}</h1>
      <StatusMessage notice={notice === undefined ? undefined : { key: notice }} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={form.errors} />
        <TextField
          id={passwordId}
          label={t('organiser.login.password')}
          error={form.errorFor(passwordId)}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button type="submit" disabled={form.busy}>
          {t('organiser.login.submit')}
        </button>
      </form>
      <OidcSignIn />
    </div>
  );
}
