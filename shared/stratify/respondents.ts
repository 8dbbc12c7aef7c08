// Respondents of a stratified draw, from a CSV already split into rows: an optional id column (else row
// numbers), one column per quota category, and optionally a household column.
// Spec: docs/lottery-spec.md, section "kleroterion-stratified/1".

import { ErrorCode, KleroterionError } from '../errors';
import { householdColumnIndices, householdKey } from './households';
import { categoriesOf, type Quota } from './quotas';

export interface Respondent {
  /** 0-based row in file order, header excluded. */
  row: number;
  id: string;
  /** category → feature */
  features: Record<string, string>;
  /** The normalised household key (see households.ts), or undefined when alone. */
  household: string | undefined;
}

export function parseRespondentRows(
  rows: readonly (readonly string[])[],
  quotas: readonly Quota[],
  file: string,
  options: { householdColumn?: string; householdColumns?: readonly string[] } = {},
): Respondent[] {
  const header = (rows[0] ?? []).map((cell) => cell.trim());
  const column = (name: string) => header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
  const idColumn = column('id');
  const categories = categoriesOf(quotas);
  const columns = categories.map((category) => {
    const index = column(category);
    if (index < 0)
      throw new KleroterionError(
        ErrorCode.CsvInvalid,
        `${file}: no column for the category "${category}"`,
        {
          file,
          line: 1,
          field: category,
        },
      );
    return index;
  });
  // Several columns (e.g. address line and postcode) may together identify a household.
  const householdIndices = householdColumnIndices(
    header,
    [
      ...(options.householdColumn === undefined ? [] : [options.householdColumn]),
      ...(options.householdColumns ?? []),
    ],
    file,
  );
  const known = new Map(
    categories.map((c) => [
      c,
      new Set(quotas.filter((q) => q.category === c).map((q) => q.feature)),
    ]),
  );
  const ids = new Map<string, number>();
  const respondents: Respondent[] = [];
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    if (row.every((cell) => cell.trim() === '')) return;
    const id = idColumn >= 0 ? (row[idColumn] ?? '').trim() : String(respondents.length + 1);
    if (id === '')
      throw new KleroterionError(ErrorCode.CsvInvalid, `${file}, line ${line}: the id is empty`, {
        file,
        line,
        field: 'id',
      });
    const earlier = ids.get(id);
    if (earlier !== undefined)
      throw new KleroterionError(
        ErrorCode.CsvInvalid,
        `${file}, line ${line}: id ${id} is already on line ${earlier}`,
        {
          file,
          line,
          field: 'id',
          otherLines: [earlier],
        },
      );
    ids.set(id, line);
    const features: Record<string, string> = {};
    categories.forEach((category, c) => {
      const value = (row[columns[c] as number] ?? '').trim();
      if (!known.get(category)!.has(value))
        throw new KleroterionError(
          ErrorCode.CsvInvalid,
          `${file}, line ${line}: "${value}" is not a feature of ${category} in the quotas`,
          { file, line, field: category },
        );
      features[category] = value;
    });
    respondents.push({
      row: respondents.length,
      id,
      features,
      household:
        householdIndices.length === 0
          ? undefined
          : householdKey(householdIndices.map((index) => row[index] ?? '')),
    });
  });
  return respondents;
}
