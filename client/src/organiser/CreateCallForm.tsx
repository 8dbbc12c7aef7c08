import { Button } from '../ui/Button';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import { navigate } from '../routing/router';
import { ErrorSummary } from '../ui/ErrorSummary';
import type { FormError } from '../ui/formErrors';
import { isFormError, parseInteger, parseLocalDateTime, parseText } from '../ui/formValues';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { useFormState } from '../session/useFormState';

/** Same bounds as the server's CallSettings schema (shared/calls/callEvents.ts). */
const MAX_TITLE = 200;
const MAX_DESCRIPTION = 4000;
const PREFIX = /^[A-Z]{2,6}$/;
const YEARS = { min: 2000, max: 2100 };

interface CallInput {
  title: string;
  description: string;
  opensAt: string;
  closesAt: string;
  refPrefix: string;
  year: number;
}

/** Opens a call for projects: its window, and how its applications are numbered; then shows it. */
export function CreateCallForm() {
  const { t } = useI18n();
  const id = useId();
  const ids = {
    title: `${id}-title`,
    description: `${id}-description`,
    opensAt: `${id}-opens`,
    closesAt: `${id}-closes`,
    refPrefix: `${id}-prefix`,
    year: `${id}-year`,
  };
  const [values, setValues] = useState({
    title: '',
    description: '',
    opensAt: '',
    closesAt: '',
    refPrefix: '',
    year: String(new Date().getFullYear()),
  });
  const form = useFormState();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const set = (field: keyof typeof values) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  function check(): CallInput | FormError[] {
    const title = parseText(values.title, MAX_TITLE, t('organiser.calls.create.title'), ids.title);
    const description = parseText(
      values.description,
      MAX_DESCRIPTION,
      t('organiser.calls.create.description'),
      ids.description,
    );
    const opensAt = parseLocalDateTime(
      values.opensAt,
      t('organiser.calls.create.opensAt'),
      ids.opensAt,
    );
    let closesAt = parseLocalDateTime(
      values.closesAt,
      t('organiser.calls.create.closesAt'),
      ids.closesAt,
    );
    if (!isFormError(opensAt) && !isFormError(closesAt) && closesAt <= opensAt)
      closesAt = { key: 'organiser.calls.create.closesBeforeOpens', fieldId: ids.closesAt };
    const prefix = values.refPrefix.trim().toUpperCase();
    const refPrefix: string | FormError = PREFIX.test(prefix)
      ? prefix
      : { key: 'organiser.calls.create.prefixFormat', fieldId: ids.refPrefix };
    const year = parseInteger(values.year, YEARS, t('organiser.calls.create.year'), ids.year);
    const errors = [title, description, opensAt, closesAt, refPrefix, year].filter(isFormError);
    if (
      isFormError(title) ||
      isFormError(description) ||
      isFormError(opensAt) ||
      isFormError(closesAt) ||
      isFormError(refPrefix) ||
      isFormError(year)
    )
      return errors;
    return { title, description, opensAt, closesAt, refPrefix, year };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const settings = check();
    if (Array.isArray(settings)) return form.fail(settings);
    const created = await form.submit(() => api('calls.create', { body: settings }));
    if (created !== undefined) navigate(`/organiser/appels/${encodeURIComponent(created.id)}`);
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('organiser.calls.create.heading')}</h2>
      <p className="hint">{t('organiser.requiredNote')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={form.errors} />
        <TextField
          id={ids.title}
          label={t('organiser.calls.create.title')}
          hint={t('organiser.calls.create.titleHint')}
          error={form.errorFor(ids.title)}
          type="text"
          required
          maxLength={MAX_TITLE}
          value={values.title}
          onChange={(event) => set('title')(event.target.value)}
        />
        <TextAreaField
          id={ids.description}
          label={t('organiser.calls.create.description')}
          hint={t('organiser.calls.create.descriptionHint', { max: MAX_DESCRIPTION })}
          error={form.errorFor(ids.description)}
          required
          rows={5}
          maxLength={MAX_DESCRIPTION}
          value={values.description}
          onChange={(event) => set('description')(event.target.value)}
        />
        <TextField
          id={ids.opensAt}
          label={t('organiser.calls.create.opensAt')}
          hint={t('organiser.calls.create.dateHint', { zone: timeZone })}
          error={form.errorFor(ids.opensAt)}
          type="datetime-local"
          required
          value={values.opensAt}
          onChange={(event) => set('opensAt')(event.target.value)}
        />
        <TextField
          id={ids.closesAt}
          label={t('organiser.calls.create.closesAt')}
          hint={t('organiser.calls.create.dateHint', { zone: timeZone })}
          error={form.errorFor(ids.closesAt)}
          type="datetime-local"
          required
          value={values.closesAt}
          onChange={(event) => set('closesAt')(event.target.value)}
        />
        <TextField
          id={ids.refPrefix}
          label={t('organiser.calls.create.refPrefix')}
          hint={t('organiser.calls.create.refPrefixHint')}
          error={form.errorFor(ids.refPrefix)}
          type="text"
          className="input-number"
          required
          maxLength={6}
          autoCapitalize="characters"
          value={values.refPrefix}
          onChange={(event) => set('refPrefix')(event.target.value)}
        />
        <TextField
          id={ids.year}
          label={t('organiser.calls.create.year')}
          hint={t('organiser.calls.create.yearHint')}
          error={form.errorFor(ids.year)}
          type="number"
          inputMode="numeric"
          className="input-number"
          required
          min={YEARS.min}
          max={YEARS.max}
          value={values.year}
          onChange={(event) => set('year')(event.target.value)}
        />
        <Button type="submit" disabled={form.busy}>
          {t('organiser.calls.create.submit')}
        </Button>
      </form>
    </section>
  );
}
