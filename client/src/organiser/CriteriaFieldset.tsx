import { useI18n } from '../i18n/useI18n';
import type { FormError } from '../ui/formErrors';
import { TextField } from '../ui/TextField';
import { useFocusLater } from '../ui/useFocusLater';

export interface CriterionRow {
  /** React key, stable while the row exists. */
  key: number;
  /** The criterion's id in the settings (kept when its label is edited). */
  id: string;
  label: string;
}

export const MAX_CRITERIA = 20;
export const MAX_CRITERION_LABEL = 200;

export const criterionFieldId = (idPrefix: string, row: CriterionRow): string =>
  `${idPrefix}-criterion-${row.key}`;

function unusedId(rows: readonly CriterionRow[]): string {
  const taken = new Set(rows.map((row) => row.id));
  let n = rows.length + 1;
  while (taken.has(`criterion-${n}`)) n++;
  return `criterion-${n}`;
}

/** The evaluation criteria: labels editable, rows added and removed with focus kept in place. */
export function CriteriaFieldset({
  idPrefix,
  rows,
  onRowsChange,
  errorFor,
}: {
  idPrefix: string;
  rows: readonly CriterionRow[];
  onRowsChange: (rows: CriterionRow[]) => void;
  errorFor: (fieldId: string) => FormError | undefined;
}) {
  const { t } = useI18n();
  const focusLater = useFocusLater();
  const addId = `${idPrefix}-criterion-add`;

  const add = () => {
    const row = {
      key: Math.max(0, ...rows.map((existing) => existing.key)) + 1,
      id: unusedId(rows),
      label: '',
    };
    onRowsChange([...rows, row]);
    focusLater(criterionFieldId(idPrefix, row));
  };

  const remove = (index: number) => {
    const next = rows.filter((_, i) => i !== index);
    onRowsChange(next);
    const neighbour = next[index] ?? next[index - 1];
    focusLater(neighbour === undefined ? addId : criterionFieldId(idPrefix, neighbour));
  };

  return (
    <fieldset className="criteria">
      <legend>{t('organiser.settings.criteria')}</legend>
      <p className="hint">{t('organiser.settings.criteriaHint', { max: MAX_CRITERIA })}</p>
      <ol className="criteria-rows">
        {rows.map((row, i) => (
          <li key={row.key} className="criteria-row">
            <TextField
              id={criterionFieldId(idPrefix, row)}
              required
              label={t('organiser.settings.criterion', { n: i + 1 })}
              error={errorFor(criterionFieldId(idPrefix, row))}
              type="text"
              maxLength={MAX_CRITERION_LABEL}
              value={row.label}
              onChange={(event) =>
                onRowsChange(
                  rows.map((other) =>
                    other.key === row.key ? { ...other, label: event.target.value } : other,
                  ),
                )
              }
            />
            {rows.length > 1 && (
              <button type="button" className="fr-btn fr-btn--secondary" onClick={() => remove(i)}>
                {t('organiser.settings.removeCriterion', { n: i + 1 })}
              </button>
            )}
          </li>
        ))}
      </ol>
      {rows.length < MAX_CRITERIA && (
        <button type="button" id={addId} className="fr-btn fr-btn--secondary" onClick={add}>
          {t('organiser.settings.addCriterion')}
        </button>
      )}
    </fieldset>
  );
}
