import { useI18n } from '../../i18n/useI18n';
import type { FormError } from '../../ui/formErrors';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';

export interface WitnessRow {
  key: number;
  label: string;
  commitment: string;
  optional: boolean;
  /** A secret's hash to reveal later, or a contribution timelocked to the drand round. */
  kind: 'secret' | 'timelock';
  timelock: string;
}

export const witnessFieldIds = (idPrefix: string, row: WitnessRow) => ({
  label: `${idPrefix}-witness-${row.key}-label`,
  commitment: `${idPrefix}-witness-${row.key}-commitment`,
  optional: `${idPrefix}-witness-${row.key}-optional`,
  kind: `${idPrefix}-witness-${row.key}-kind`,
  timelock: `${idPrefix}-witness-${row.key}-timelock`,
});

/**
 * One witness: their name, and either the SHA-256 of their secret (and whether they may stay silent) or
 * their contribution timelocked to the drand round (armored text from the witness page).
 */
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
      <fieldset className="fr-fieldset witness-kind" aria-labelledby={`${ids.kind}-legend`}>
        <legend
          className="fr-fieldset__legend fr-fieldset__legend--regular"
          id={`${ids.kind}-legend`}
        >
          {t('witness.organiser.kind', { n })}
        </legend>
        {(['secret', 'timelock'] as const).map((kind) => (
          <div className="fr-fieldset__element" key={kind}>
            <div className="fr-radio-group">
              <input
                id={`${ids.kind}-${kind}`}
                type="radio"
                name={ids.kind}
                checked={row.kind === kind}
                onChange={() => onRowChange({ ...row, kind })}
              />
              <label className="fr-label" htmlFor={`${ids.kind}-${kind}`}>
                {t(
                  kind === 'secret'
                    ? 'witness.organiser.kindSecret'
                    : 'witness.organiser.kindTimelock',
                )}
              </label>
            </div>
          </div>
        ))}
      </fieldset>
      {row.kind === 'timelock' ? (
        <TextAreaField
          id={ids.timelock}
          required
          label={t('witness.organiser.timelock', { n })}
          hint={t('witness.organiser.timelockHint')}
          error={errorFor(ids.timelock)}
          rows={6}
          spellCheck={false}
          autoComplete="off"
          className="input-hash"
          value={row.timelock}
          onChange={(event) => onRowChange({ ...row, timelock: event.target.value })}
        />
      ) : (
        <>
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
          <div className="fr-checkbox-group fr-mb-3w">
            <input
              id={ids.optional}
              type="checkbox"
              checked={row.optional}
              aria-describedby={`${ids.optional}-hint`}
              onChange={(event) => onRowChange({ ...row, optional: event.target.checked })}
            />
            <label className="fr-label" htmlFor={ids.optional}>
              {t('organiser.witness.optional', { n })}
            </label>
            <p className="fr-hint-text fr-ml-4w" id={`${ids.optional}-hint`}>
              {t('organiser.witness.optionalHint')}
            </p>
          </div>
        </>
      )}
      <button type="button" className="fr-btn fr-btn--secondary" onClick={onRemove}>
        {t('organiser.witness.remove', { n })}
      </button>
    </fieldset>
  );
}
