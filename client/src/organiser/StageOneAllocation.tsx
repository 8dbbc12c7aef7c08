import { useI18n } from '../i18n/useI18n';
import type { FormError } from '../ui/formErrors';
import { ScrollTable } from '../ui/ScrollTable';
import { TextField } from '../ui/TextField';

/** A stratum of the register, its size, and its invitations (a number, or the text typed for it). */
export interface AllocationRow {
  name: string;
  size: number;
  invitations: number | undefined;
}

/**
 * The invitations of each stratum, as the commitment will publish them: computed (proportional, shown
 * before the organiser commits) or typed stratum by stratum (`onChange` given), with their total.
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
  const { t } = useI18n();
  const sum = rows.reduce((total, row) => total + (row.invitations ?? 0), 0);
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
            {rows.map((row, i) => (
              <tr key={row.name}>
                <th scope="row">{row.name}</th>
                <td>{row.size}</td>
                <td>
                  {onChange === undefined || typed === undefined ? (
                    (row.invitations ?? '—')
                  ) : (
                    <TextField
                      id={fieldIdOf(i)}
                      label={t('stageOneDraw.stratumField', { name: row.name })}
                      error={errorFor(fieldIdOf(i))}
                      type="text"
                      inputMode="numeric"
                      className="input-number fr-mb-0"
                      autoComplete="off"
                      value={typed[i] ?? ''}
                      onChange={(event) => onChange(i, event.target.value)}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {k !== undefined && <p>{t('stageOneDraw.total', { sum, k })}</p>}
    </>
  );
}
