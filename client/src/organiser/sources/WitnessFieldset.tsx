import { useI18n } from '../../i18n/useI18n';
import { Checkbox } from '../../ui/Checkbox';
import { ChoiceFieldset } from '../../ui/ChoiceFieldset';
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
  allowsTimelock = true,
}: {
  idPrefix: string;
  row: WitnessRow;
  n: number;
  onRowChange: (row: WitnessRow) => void;
  onRemove: () => void;
  errorFor: (fieldId: string) => FormError | undefined;
  /** Offer a contribution timelocked to the drand round beside a hashed secret. */
  allowsTimelock?: boolean;
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
      {allowsTimelock && (
        <ChoiceFieldset<WitnessRow['kind']>
          id={ids.kind}
          className="witness-kind"
          legend={t('witness.organiser.kind', { n })}
          choices={[
            { value: 'secret', label: t('witness.organiser.kindSecret') },
            { value: 'timelock', label: t('witness.organiser.kindTimelock') },
          ]}
          value={row.kind}
          onChange={(kind) => onRowChange({ ...row, kind })}
          inputIdOf={(kind) => `${ids.kind}-${kind}`}
        />
      )}
      {allowsTimelock && row.kind === 'timelock' ? (
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
          <div className="fr-mb-3w">
            <Checkbox
              id={ids.optional}
              label={t('organiser.witness.optional', { n })}
              hint={t('organiser.witness.optionalHint')}
              checked={row.optional}
              onChange={(event) => onRowChange({ ...row, optional: event.target.checked })}
            />
          </div>
        </>
      )}
      <button type="button" className="fr-btn fr-btn--secondary" onClick={onRemove}>
        {t('organiser.witness.remove', { n })}
      </button>
    </fieldset>
  );
}
