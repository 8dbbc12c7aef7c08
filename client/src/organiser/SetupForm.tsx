import { useId, useState, type FormEvent } from 'react';
import { CentredColumn } from '../ui/CentredColumn';
import { api } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import { ErrorCode } from '../../../shared/errors';
import { ErrorSummary } from '../ui/ErrorSummary';
import type { FormError } from '../ui/formErrors';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import { PasswordField } from '../ui/PasswordField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useFormState } from '../session/useFormState';
import { MIN_PASSWORD_LENGTH } from '../session/passwordRules';

/** First start: the setup token printed by the server creates the first account (administrator). */
export function SetupForm({ onDone }: { onDone: () => void }) {
  const { t, language } = useI18n();
  useDocumentTitle(t('account.setup.title'));
  const id = useId();
  const ids = {
    token: `${id}-token`,
    email: `${id}-email`,
    name: `${id}-name`,
    password: `${id}-password`,
    confirm: `${id}-confirm`,
  };
  const [values, setValues] = useState({
    token: '',
    email: '',
    name: '',
    password: '',
    confirm: '',
  });
  const form = useFormState();
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: FormError[] = [];
    const labels = {
      token: 'account.setup.token',
      email: 'account.field.email',
      name: 'account.field.name',
    } as const;
    for (const field of ['token', 'email', 'name'] as const)
      if (values[field].trim() === '')
        errors.push({
          key: 'account.error.requiredField',
          refs: { field: labels[field] },
          fieldId: ids[field],
        });
    if (values.password.length < MIN_PASSWORD_LENGTH)
      errors.push({
        key: 'account.error.tooShort',
        values: { min: MIN_PASSWORD_LENGTH },
        fieldId: ids.password,
      });
    if (values.confirm !== values.password)
      errors.push({ key: 'account.error.mismatch', fieldId: ids.confirm });
    if (errors.length > 0) return form.fail(errors);
    const done = await form.submit(
      () =>
        api('auth.setup', {
          body: {
            token: values.token.trim(),
            email: values.email.trim(),
            name: values.name.trim(),
            password: values.password,
            language,
          },
        }),
      (error) =>
        error.code === ErrorCode.SetupTokenInvalid
          ? [{ key: error.key, fieldId: ids.token }]
          : undefined,
    );
    if (done !== undefined) onDone();
  }

  return (
    <CentredColumn>
      <h1>{t('account.setup.title')}</h1>
      <p>{t('account.setup.intro')}</p>
      <p className="fr-hint-text">{t('organiser.requiredNote')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={form.errors} />
        <TextField
          id={ids.token}
          label={t('account.setup.token')}
          hint={t('account.setup.tokenHint')}
          error={form.errorFor(ids.token)}
          type="text"
          autoComplete="off"
          spellCheck={false}
          required
          value={values.token}
          onChange={set('token')}
        />
        <TextField
          id={ids.email}
          label={t('account.field.email')}
          error={form.errorFor(ids.email)}
          type="email"
          autoComplete="username"
          required
          value={values.email}
          onChange={set('email')}
        />
        <TextField
          id={ids.name}
          label={t('account.field.name')}
          error={form.errorFor(ids.name)}
          type="text"
          autoComplete="name"
          required
          value={values.name}
          onChange={set('name')}
        />
        <PasswordField
          id={ids.password}
          label={t('account.field.password')}
          hint={t('account.field.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          error={form.errorFor(ids.password)}
          purpose="new"
          required
          minLength={MIN_PASSWORD_LENGTH}
          value={values.password}
          onChange={set('password')}
        />
        <PasswordField
          id={ids.confirm}
          label={t('account.field.confirm')}
          error={form.errorFor(ids.confirm)}
          purpose="new"
          required
          value={values.confirm}
          onChange={set('confirm')}
        />
        <Button type="submit" disabled={form.busy}>
          {t('account.setup.submit')}
        </Button>
      </form>
    </CentredColumn>
  );
}
