// Respondents of a stratified draw, from a CSV already split into rows: an optional id column (else row
// numbers), one column per quota category, and optionally a household column.
// Spec: docs/lottery-spec.md, section "kleroterion-stratified/1".

import { ErrorCode, KleroterionError } from '../errors';
import { categoriesOf, type Quota } from './quotas';

export interface Respondent {
  /** 0-based row in file order, header excluded. */
  row: number;
  id: string;
  /** category → feature */
  features: Record<string, string>;
  household: string | undefined;
}

export function parseRespondentRows(
  rows: readonly (readonly string[])[],
  quotas: readonly Quota[],
  file: string,
  options: { householdColumn?: string } = {},
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
  const householdIndex =
    options.householdColumn === undefined ? -1 : column(options.householdColumn);
  if (options.householdColumn !== undefined && householdIndex < 0)
    throw new KleroterionError(
      ErrorCode.CsvInvalid,
      `${file}: no household column "${options.householdColumn}"`,
      {
        file,
        line: 1,
        field: options.householdColumn,
      },
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
      household: householdIndex < 0 ? undefined : (row[householdIndex] ?? '').trim() || undefined,
    });
  });
  return respondents;
}
