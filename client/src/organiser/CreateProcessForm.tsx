import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/useI18n';
import { navigate } from '../routing/router';
import { ErrorSummary } from '../ui/ErrorSummary';
import { TextField } from '../ui/TextField';
import { useFormState } from '../session/useFormState';
import { api } from '../api/api';

const MAX_TITLE = 200;

/** Starts a process with the default settings (editable afterwards) and opens it. */
export function CreateProcessForm() {
  const { t } = useI18n();
  const id = useId();
  const titleId = `${id}-title`;
  const [title, setTitle] = useState('');
  const form = useFormState();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = title.trim();
    const field = t('organiser.create.label');
    if (trimmed === '')
      return form.fail([{ key: 'organiser.field.required', values: { field }, fieldId: titleId }]);
    if (trimmed.length > MAX_TITLE)
      return form.fail([
        { key: 'organiser.field.tooLong', values: { field, max: MAX_TITLE }, fieldId: titleId },
      ]);
    const created = await form.submit(() => api('processes.create', { body: { title: trimmed } }));
    if (created !== undefined) navigate(`/organiser/p/${encodeURIComponent(created.id)}`);
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('organiser.create.heading')}</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={form.errors} />
        <TextField
          id={titleId}
          label={t('organiser.create.label')}
          hint={t('organiser.create.hint')}
          error={form.errorFor(titleId)}
          type="text"
          required
          maxLength={MAX_TITLE}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
        <button className="fr-btn" type="submit" disabled={form.busy}>
          {t('organiser.create.submit')}
        </button>
      </form>
    </section>
  );
}
