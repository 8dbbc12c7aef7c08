import type { ProcessSectionProps } from '../session/processSectionProps';
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { Criterion, ProcessSettings } from '../../../shared/process/processEvents';
import {
  CriteriaFieldset,
  MAX_CRITERION_LABEL,
  criterionFieldId,
  type CriterionRow,
} from './CriteriaFieldset';
import { ErrorSummary } from '../ui/ErrorSummary';
import type { FormError } from '../ui/formErrors';
import { isFormError, parseInteger, parseText } from '../ui/formValues';
import { StatusMessage } from '../ui/StatusMessage';
import { TextField } from '../ui/TextField';
import { useFormState } from '../session/useFormState';
import { api } from '../api/api';

interface Draft {
  title: string;
  seats: string;
  alternates: string;
  shortlistMax: string;
  criteria: CriterionRow[];
}

function draftOf(settings: ProcessSettings): Draft {
  return {
    title: settings.title,
    seats: String(settings.seats),
    alternates: String(settings.alternates),
    shortlistMax: String(settings.shortlistMax),
    criteria: settings.criteria.map((criterion, i) => ({ key: i + 1, ...criterion })),
  };
}

/** Edits the full settings of a draft process (the API replaces them as a whole). */
export function SettingsForm({ state, onChange }: ProcessSectionProps) {
  const { t } = useI18n();
  const id = useId();
  const ids = {
    title: `${id}-title`,
    seats: `${id}-seats`,
    alternates: `${id}-alternates`,
    shortlistMax: `${id}-shortlist`,
  };
  // Initialised once: a live refresh must not wipe edits in progress.
  const [draft, setDraft] = useState<Draft>(() => draftOf(state.settings));
  const form = useFormState();
  const edit = (field: keyof Omit<Draft, 'criteria'>) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [field]: event.target.value }));

  function parse(): ProcessSettings | FormError[] {
    const title = parseText(draft.title, 200, t('organiser.settings.title'), ids.title);
    const seats = parseInteger(
      draft.seats,
      { min: 1, max: 1000 },
      t('organiser.settings.seats'),
      ids.seats,
    );
    const alternates = parseInteger(
      draft.alternates,
      { min: 0, max: 1000 },
      t('organiser.settings.alternates'),
      ids.alternates,
    );
    const shortlistMax = parseInteger(
      draft.shortlistMax,
      { min: 1, max: 100 },
      t('organiser.settings.shortlistMax'),
      ids.shortlistMax,
    );
    const criteria = draft.criteria.map((row, i) => {
      const label = parseText(
        row.label,
        MAX_CRITERION_LABEL,
        t('organiser.settings.criterion', { n: i + 1 }),
        criterionFieldId(id, row),
      );
      return isFormError(label) ? label : { id: row.id, label };
    });
    const errors = [title, seats, alternates, shortlistMax, ...criteria].filter(isFormError);
    if (
      isFormError(title) ||
      isFormError(seats) ||
      isFormError(alternates) ||
      isFormError(shortlistMax) ||
      errors.length > 0
    )
      return errors;
    const valid = criteria.filter((criterion): criterion is Criterion => !isFormError(criterion));
    return { title, seats, alternates, shortlistMax, criteria: valid };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const settings = parse();
    if (Array.isArray(settings)) return form.fail(settings);
    const next = await form.submit(() =>
      api('processes.settings', { params: { id: state.id }, body: settings }),
    );
    if (next === undefined) return;
    onChange(next);
    setDraft(draftOf(next.settings));
    form.setNotice({ key: 'organiser.settings.saved' });
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary errors={form.errors} />
      <TextField
        id={ids.title}
        required
        label={t('organiser.settings.title')}
        error={form.errorFor(ids.title)}
        type="text"
        maxLength={200}
        value={draft.title}
        onChange={edit('title')}
      />
      <TextField
        id={ids.seats}
        required
        label={t('organiser.settings.seats')}
        hint={t('organiser.settings.seatsHint')}
        error={form.errorFor(ids.seats)}
        type="number"
        min={1}
        max={1000}
        step={1}
        inputMode="numeric"
        className="input-number"
        value={draft.seats}
        onChange={edit('seats')}
      />
      <TextField
        id={ids.alternates}
        required
        label={t('organiser.settings.alternates')}
        hint={t('organiser.settings.alternatesHint')}
        error={form.errorFor(ids.alternates)}
        type="number"
        min={0}
        max={1000}
        step={1}
        inputMode="numeric"
        className="input-number"
        value={draft.alternates}
        onChange={edit('alternates')}
      />
      <TextField
        id={ids.shortlistMax}
        required
        label={t('organiser.settings.shortlistMax')}
        hint={t('organiser.settings.shortlistHint')}
        error={form.errorFor(ids.shortlistMax)}
        type="number"
        min={1}
        max={100}
        step={1}
        inputMode="numeric"
        className="input-number"
        value={draft.shortlistMax}
        onChange={edit('shortlistMax')}
      />
      <CriteriaFieldset
        idPrefix={id}
        rows={draft.criteria}
        onRowsChange={(criteria) => setDraft((current) => ({ ...current, criteria }))}
        errorFor={form.errorFor}
      />
      <StatusMessage notice={form.notice} />
      <button className="fr-btn" type="submit" disabled={form.busy}>
        {t('organiser.settings.submit')}
      </button>
    </form>
  );
}
