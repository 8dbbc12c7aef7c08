import { useI18n } from '../i18n/useI18n';
import type { FormError } from '../ui/formErrors';
import { ScrollTable } from '../ui/ScrollTable';
import { TextField } from '../ui/TextField';
import { formatCount } from '../ui/formatPercent';

/** A stratum of the register, its size, and its invitations (a number, or the text typed for it). */
export interface AllocationRow {
  name: string;
  size: number;
  invitations: number | undefined;
}

/**
 * The invitations of each stratum, as the commitment will publish them: a table of the computed numbers
 * (proportional, shown before the organiser commits, or committed), or one field per stratum when the
 * organiser sets them (`onChange` given); with their total.
 */
export function StageOneAllocation({
  rows,
  k,
  typed,
  onChange,
  fieldIdOf,
  errorFor,
}: {
  rows: readonly AllocationRow[];
  k: number | undefined;
  /** The organiser's numbers as typed, by stratum, when they set the allocation. */
  typed?: readonly string[];
  onChange?: (index: number, text: string) => void;
  fieldIdOf: (index: number) => string;
  errorFor: (fieldId: string) => FormError | undefined;
}) {
  const { t, language } = useI18n();
  const sum = rows.reduce((total, row) => total + (row.invitations ?? 0), 0);
  const total = k !== undefined && (
    <p>
      {t('stageOneDraw.total', {
        sum: formatCount(sum, language),
        k: formatCount(k, language),
      })}
    </p>
  );
  // The organiser's numbers: one labelled field per stratum, which a table cell at 390 px cannot hold.
  if (onChange !== undefined && typed !== undefined)
    return (
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">{t('stageOneDraw.tableCaption')}</legend>
        {rows.map((row, i) => (
          <div className="fr-fieldset__element" key={row.name}>
            <TextField
              id={fieldIdOf(i)}
              label={t('stageOneDraw.stratumField', { name: row.name, size: row.size })}
              error={errorFor(fieldIdOf(i))}
              type="text"
              inputMode="numeric"
              className="input-number"
              autoComplete="off"
              value={typed[i] ?? ''}
              onChange={(event) => onChange(i, event.target.value)}
            />
          </div>
        ))}
        <div className="fr-fieldset__element">{total}</div>
      </fieldset>
    );
  return (
    <>
      <ScrollTable label={t('stageOneDraw.tableCaption')}>
        <table>
          <caption>{t('stageOneDraw.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stageOneDraw.stratum')}</th>
              <th scope="col">{t('stageOneDraw.entries')}</th>
              <th scope="col">{t('stageOneDraw.perStratum')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name}>
                <th scope="row">{row.name}</th>
                <td>{formatCount(row.size, language)}</td>
                <td>
                  {row.invitations === undefined ? '—' : formatCount(row.invitations, language)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {total}
    </>
  );
}
