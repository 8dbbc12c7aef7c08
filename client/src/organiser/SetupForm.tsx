import { useId, useState, type FormEvent } from 'react';
import { apiSend } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { ErrorCode } from '../../../shared/errors';
import { ErrorSummary } from './ErrorSummary';
import type { FormError } from './formErrors';
import { TextField } from './TextField';
import { useDocumentTitle } from './useDocumentTitle';
import { useFormState } from './useFormState';

/** Same minimum as the server (server/auth/password.ts). */
const MIN_LENGTH = 12;

/** First start: the organiser chooses the console's password. */
export function SetupForm({
  onDone,
  onAlreadySet,
}: {
  onDone: () => void;
  onAlreadySet: () => void;
}) {
  const { t } = useI18n();
  useDocumentTitle(t('organiser.setup.title'));
  const id = useId();
  const passwordId = `${id}-password`;
  const confirmId = `${id}-confirm`;
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const form = useFormState();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: FormError[] = [];
    if (password.length < MIN_LENGTH)
      errors.push({
        key: 'organiser.setup.tooShort',
        values: { min: MIN_LENGTH },
        fieldId: passwordId,
      });
    if (confirmation !== password)
      errors.push({ key: 'organiser.setup.mismatch', fieldId: confirmId });
    if (errors.length > 0) return form.fail(errors);
    const done = await form.submit(
      () => apiSend('POST', '/api/auth/setup', { password }),
      (error) => {
        // Someone else set it meanwhile: the sign-in form takes over, with an explanation.
        if (error.code === ErrorCode.PasswordAlreadySet) onAlreadySet();
        return undefined;
      },
    );
    if (done !== undefined) onDone();
  }

  return (
    <div className="organiser">
      <h1>{t('organiser.setup.title')}</h1>
      <p>{t('organiser.setup.intro')}</p>
      <p>{t('organiser.setup.storage')}</p>
      <p className="hint">{t('organiser.requiredNote')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={form.errors} />
        <TextField
          id={passwordId}
          label={t('organiser.setup.password')}
          hint={t('organiser.setup.passwordHint', { min: MIN_LENGTH })}
          error={form.errorFor(passwordId)}
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_LENGTH}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <TextField
          id={confirmId}
          label={t('organiser.setup.confirm')}
          error={form.errorFor(confirmId)}
          type="password"
          autoComplete="new-password"
          required
          value={confirmation}
          onChange={(event) => setConfirmation(event.target.value)}
        />
        <button type="submit" disabled={form.busy}>
          {t('organiser.setup.submit')}
        </button>
      </form>
    </div>
  );
}
