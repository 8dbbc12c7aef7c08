import { useEffect, useId, useState, type FormEvent } from 'react';
import { required } from './requiredError';
import { fr } from '@codegouvfr/react-dsfr';
import { api } from '../api/api';
import type { ApiOutput } from '../../../shared/api/route';
import type { Contract } from '../../../shared/api/contract';
import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';
import { ErrorSummary } from '../ui/ErrorSummary';
import { describeApiError, type FormError } from '../ui/formErrors';
import { MIN_PASSWORD_LENGTH } from '../session/passwordRules';
import { TextField } from '../ui/TextField';
import { PasswordField } from '../ui/PasswordField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useFormState } from '../session/useFormState';

type LinkInfo = ApiOutput<Contract['accountLinks.get']>;

/** An invitation or password-reset link: the person chooses a password (and their name, when invited). */
export function AccountLinkPage({ token }: { token: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('account.link.title'));
  const id = useId();
  const nameId = `${id}-name`;
  const passwordId = `${id}-password`;
  const confirmId = `${id}-confirm`;
  const [info, setInfo] = useState<LinkInfo>();
  const [loadErrors, setLoadErrors] = useState<readonly FormError[]>([]);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [done, setDone] = useState(false);
  const form = useFormState();

  useEffect(() => {
    api('accountLinks.get', { params: { token } }).then(
      (found) => {
        setInfo(found);
        setName(found.displayName);
      },
      (error: unknown) => setLoadErrors([describeApiError(error)]),
    );
  }, [token]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: FormError[] = [];
    if (info?.kind === 'invitation' && name.trim() === '')
      errors.push({ ...required('account.field.name'), fieldId: nameId });
    if (password.length < MIN_PASSWORD_LENGTH)
      errors.push({
        key: 'account.error.tooShort',
        values: { min: MIN_PASSWORD_LENGTH },
        fieldId: passwordId,
      });
    if (confirm !== password) errors.push({ key: 'account.error.mismatch', fieldId: confirmId });
    if (errors.length > 0) return form.fail(errors);
    const answer = await form.submit(() =>
      api('accountLinks.use', {
        params: { token },
        body: { ...(info?.kind === 'invitation' ? { name: name.trim() } : {}), password },
      }),
    );
    if (answer !== undefined) setDone(true);
  }

  return (
    <div className={fr.cx('fr-my-4w')}>
      <h1>{t('account.link.title')}</h1>
      <ErrorSummary errors={loadErrors} />
      {done ? (
        <>
          <p role="status">{t('account.link.done')}</p>
          <p>
            <Link href="/organiser">{t('account.link.toConsole')}</Link>
          </p>
        </>
      ) : info === undefined ? (
        loadErrors.length === 0 && <p role="status">{t('account.link.loading')}</p>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <p className="account-email">{t('account.link.intro', { email: info.email })}</p>
          <p className="fr-hint-text">{t('organiser.requiredNote')}</p>
          <ErrorSummary errors={form.errors} />
          {info.kind === 'invitation' && (
            <TextField
              id={nameId}
              label={t('account.field.name')}
              error={form.errorFor(nameId)}
              type="text"
              autoComplete="name"
              required
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          )}
          <input type="email" hidden readOnly autoComplete="username" value={info.email} />
          <PasswordField
            id={passwordId}
            label={t('account.field.password')}
            hint={t('account.field.passwordHint', { min: MIN_PASSWORD_LENGTH })}
            error={form.errorFor(passwordId)}
            purpose="new"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <PasswordField
            id={confirmId}
            label={t('account.field.confirm')}
            error={form.errorFor(confirmId)}
            purpose="new"
            required
            value={confirm}
            onChange={(event) => setConfirm(event.target.value)}
          />
          <button type="submit" className={fr.cx('fr-btn')} disabled={form.busy}>
            {t('account.link.submit')}
          </button>
        </form>
      )}
    </div>
  );
}
