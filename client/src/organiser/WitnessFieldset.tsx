import { useI18n } from '../i18n/useI18n';
import type { FormError } from './formErrors';
import { TextField } from './TextField';

export interface WitnessRow {
  key: number;
  label: string;
  commitment: string;
  optional: boolean;
}

export const witnessFieldIds = (idPrefix: string, row: WitnessRow) => ({
  label: `${idPrefix}-witness-${row.key}-label`,
  commitment: `${idPrefix}-witness-${row.key}-commitment`,
  optional: `${idPrefix}-witness-${row.key}-optional`,
});

/** One witness: their name, the SHA-256 of their secret, and whether they may stay silent. */
export function WitnessFieldset({
  idPrefix,
  row,
  n,
  onRowChange,
  onRemove,
  errorFor,
}: {
  idPrefix: string;
  row: WitnessRow;
  n: number;
  onRowChange: (row: WitnessRow) => void;
  onRemove: () => void;
  errorFor: (fieldId: string) => FormError | undefined;
}) {
  const { t } = useI18n();
  const ids = witnessFieldIds(idPrefix, row);
  return (
    <fieldset className="witness">
      <legend>{t('organiser.witness.legend', { n })}</legend>
      <TextField
        id={ids.label}
        required
        label={t('organiser.witness.label', { n })}
        hint={t('organiser.witness.labelHint')}
        error={errorFor(ids.label)}
        type="text"
        maxLength={80}
        value={row.label}
        onChange={(event) => onRowChange({ ...row, label: event.target.value })}
      />
      <TextField
        id={ids.commitment}
        required
        label={t('organiser.witness.commitment', { n })}
        hint={t('organiser.witness.commitmentHint')}
        error={errorFor(ids.commitment)}
        type="text"
        className="input-hash"
        spellCheck={false}
        autoComplete="off"
        value={row.commitment}
        onChange={(event) => onRowChange({ ...row, commitment: event.target.value })}
      />
      <div className="field field-checkbox">
        <input
          id={ids.optional}
          type="checkbox"
          checked={row.optional}
          aria-describedby={`${ids.optional}-hint`}
          onChange={(event) => onRowChange({ ...row, optional: event.target.checked })}
        />
        <label htmlFor={ids.optional}>{t('organiser.witness.optional', { n })}</label>
        <p className="hint" id={`${ids.optional}-hint`}>
          {t('organiser.witness.optionalHint')}
        </p>
      </div>
      <button type="button" className="button-secondary" onClick={onRemove}>
        {t('organiser.witness.remove', { n })}
      </button>
    </fieldset>
  );
}
