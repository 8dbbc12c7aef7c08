import { useId, useState, type FormEvent } from 'react';
import { api } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import type { ProcessState } from '../../../shared/process/processState';
import { ErrorSummary } from '../ui/ErrorSummary';
import type { FormError } from '../ui/formErrors';
import { isFormError, parseInteger } from '../ui/formValues';
import { describeWithCode } from './resultErrors';
import { titleOf, type ProcessResults } from './resultsTypes';
import { TextField } from '../ui/TextField';
import { useFormState } from '../session/useFormState';

/** Records the room's vote among the tied dossiers only: one count per dossier, at most one vote a juror. */
export function TieVoteForm({
  results,
  tied,
  seated,
  onRecorded,
}: {
  results: ProcessResults;
  tied: readonly string[];
  seated: number;
  onRecorded: (next: ProcessState) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const fieldId = (dossierId: string) => `${id}-votes-${dossierId}`;
  const [counts, setCounts] = useState<Record<string, string>>({});
  const form = useFormState();

  function parse(): Record<string, number> | FormError[] {
    const errors: FormError[] = [];
    const votes: Record<string, number> = {};
    for (const dossierId of tied) {
      const value = parseInteger(
        counts[dossierId] ?? '',
        { min: 0, max: seated },
        t('organiser.results.vote.label', { dossier: titleOf(results, dossierId) }),
        fieldId(dossierId),
      );
      if (isFormError(value)) errors.push(value);
      else votes[dossierId] = value;
    }
    if (errors.length > 0) return errors;
    const cast = Object.values(votes).reduce((sum, n) => sum + n, 0);
    if (cast > seated)
      return [
        {
          key: 'organiser.results.vote.tooMany',
          values: { cast, seated },
          fieldId: fieldId(tied[0] as string),
        },
      ];
    return votes;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const votes = parse();
    if (Array.isArray(votes)) return form.fail(votes);
    const next = await form.submit(
      () => api('results.tieVote', { params: { id: results.process.id }, body: { votes } }),
      (error) => [describeWithCode(error)],
    );
    if (next !== undefined) onRecorded(next);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary errors={form.errors} />
      <fieldset>
        <legend>{t('organiser.results.vote.legend')}</legend>
        <p className="hint">{t('organiser.results.vote.hint', { seated })}</p>
        {tied.map((dossierId) => (
          <TextField
            key={dossierId}
            id={fieldId(dossierId)}
            label={t('organiser.results.vote.label', { dossier: titleOf(results, dossierId) })}
            error={form.errorFor(fieldId(dossierId))}
            type="number"
            inputMode="numeric"
            className="input-number"
            required
            min={0}
            max={seated}
            value={counts[dossierId] ?? ''}
            onChange={(event) => setCounts({ ...counts, [dossierId]: event.target.value })}
          />
        ))}
      </fieldset>
      <button className="fr-btn" type="submit" disabled={form.busy}>
        {t('organiser.results.vote.submit')}
      </button>
    </form>
  );
}
