import type { Criterion } from '../../../shared/process/processEvents';
import { useI18n } from '../i18n/useI18n';
import type { FormError } from '../ui/formErrors';
import { TextField } from '../ui/TextField';
import { WEIGHT_RANGE } from './ruleDraft';

/** One weight (1–5) per criterion; without the criteria, a hint that every weight stays at 1. */
export function WeightsFieldset({
  criteria,
  weights,
  fieldId,
  errorFor,
  onChange,
}: {
  criteria: readonly Criterion[] | null;
  weights: Record<string, string>;
  fieldId: (criterionId: string) => string;
  errorFor: (fieldId: string) => FormError | undefined;
  onChange: (weights: Record<string, string>) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="weights">
      <legend>{t('room.rule.weights')}</legend>
      {criteria === null ? (
        <p className="hint">{t('room.rule.weightsUnavailable')}</p>
      ) : (
        <>
          <p className="hint">{t('room.rule.weightsHint')}</p>
          {criteria.map((criterion) => (
            <TextField
              key={criterion.id}
              id={fieldId(criterion.id)}
              label={t('room.rule.weight', { criterion: criterion.label })}
              error={errorFor(fieldId(criterion.id))}
              type="number"
              inputMode="numeric"
              className="input-number"
              required
              min={WEIGHT_RANGE.min}
              max={WEIGHT_RANGE.max}
              value={weights[criterion.id] ?? ''}
              onChange={(event) => onChange({ ...weights, [criterion.id]: event.target.value })}
            />
          ))}
        </>
      )}
    </fieldset>
  );
}
