import { useId, useRef, useState, type FormEvent } from 'react';
import { api } from '../api/api';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/useI18n';
import { ErrorCode } from '../../../shared/errors';
import { ErrorSummary } from '../ui/ErrorSummary';
import { OidcSignIn } from './OidcSignIn';
import { OidcCodeStep, isOidcCodeStep } from './OidcCodeStep';
import type { FormError } from '../ui/formErrors';
import { Button } from '../ui/Button';
import { StatusMessage } from '../ui/StatusMessage';
import { TextField } from '../ui/TextField';
import { SignInCodeField } from './SignInCodeField';
import { CentredColumn } from '../ui/CentredColumn';
import { PasswordField } from '../ui/PasswordField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useFormState } from '../session/useFormState';

/**
 * Sign-in with e-mail and password; when the account has two-step verification the server asks for a
 * code, and the form shows the code field. Attempts are rate-limited by the server.
 */
export function LoginForm({
  notice,
  onSignedIn,
}: {
  /** Why the form is shown again (signed out, session expired…), announced politely. */
  notice: MessageKey | undefined;
  onSignedIn: () => void;
}) {
  const { t } = useI18n();
  useDocumentTitle(t('account.login.title'));
  const id = useId();
  const emailId = `${id}-email`;
  const passwordId = `${id}-password`;
  const codeId = `${id}-code`;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [codeAsked, setCodeAsked] = useState(false);
  const codeInput = useRef<HTMLInputElement>(null);
  const form = useFormState();
  const [oidcCodeStep] = useState(isOidcCodeStep);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: FormError[] = [];
    if (email.trim() === '')
      errors.push({
        key: 'account.error.requiredField',
        refs: { field: 'account.field.email' },
        fieldId: emailId,
      });
    if (password === '')
      errors.push({
        key: 'account.error.requiredField',
        refs: { field: 'account.field.password' },
        fieldId: passwordId,
      });
    if (codeAsked && code.trim() === '')
      errors.push({
        key: 'account.error.requiredField',
        refs: { field: 'account.field.code' },
        fieldId: codeId,
      });
    if (errors.length > 0) return form.fail(errors);
    const done = await form.submit(
      () =>
        api('auth.login', {
          body: { email: email.trim(), password, ...(codeAsked ? { code: code.trim() } : {}) },
        }),
      (error) => {
        if (error.code === ErrorCode.TotpRequired) {
          setCodeAsked(true);
          setTimeout(() => codeInput.current?.focus(), 0);
          // Not an error: the next step, announced politely.
          form.setNotice({ key: 'account.login.codeAsked' });
          return [];
        }
        if (error.code === ErrorCode.TotpInvalid) return [{ key: error.key, fieldId: codeId }];
        if (error.code === ErrorCode.BadCredentials)
          return [{ key: error.key, fieldId: passwordId }];
        return undefined;
      },
    );
    if (done !== undefined) onSignedIn();
  }

  if (oidcCodeStep) return <OidcCodeStep onSignedIn={onSignedIn} />;

  return (
    <CentredColumn>
      <h1>{t('account.login.title')}</h1>
      <StatusMessage notice={form.notice ?? (notice === undefined ? undefined : { key: notice })} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={form.errors} />
        <TextField
          id={emailId}
          label={t('account.field.email')}
          error={form.errorFor(emailId)}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <PasswordField
          id={passwordId}
          label={t('account.field.password')}
          error={form.errorFor(passwordId)}
          purpose="current"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        {codeAsked && (
          <SignInCodeField
            ref={codeInput}
            id={codeId}
            error={form.errorFor(codeId)}
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
        )}
        <Button type="submit" disabled={form.busy}>
          {t('account.login.submit')}
        </Button>
      </form>
      <OidcSignIn />
    </CentredColumn>
  );
}
