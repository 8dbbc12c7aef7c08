// The flexible bounds of quotas (the Sortition Foundation's `min_flex` and `max_flex` columns): the
// furthest the organiser accepts to relax each quota's min and max. They change no draw; they bound the
// relaxation suggested when the quotas are infeasible.
// Spec: docs/stratification.md, sections 1 ("Inputs") and 3 ("Infeasible quotas").

import { ErrorCode, KleroterionError, type ErrorDetails } from '../errors';
import type { Quota } from './quotas';

/** How far one quota may be relaxed: its min down to `minFlex`, its max up to `maxFlex` (none: no limit). */
export interface QuotaFlex {
  minFlex: number;
  maxFlex: number | undefined;
}

type Problem = NonNullable<ErrorDetails['problems']>[number];

/** Stable codes of the problems a flexible bound can have. */
export const FlexProblem = {
  /** min_flex or max_flex is neither empty nor a whole number. */
  NotWhole: 'FLEX_NOT_WHOLE',
  /** min_flex is above min: it would tighten the minimum, not relax it. */
  MinFlexAboveMin: 'MIN_FLEX_ABOVE_MIN',
  /** max_flex is below max: it would tighten the maximum, not relax it. */
  MaxFlexBelowMax: 'MAX_FLEX_BELOW_MAX',
} as const;

/**
 * The flexible bounds of the quotas `parseQuotaRows` read from the same rows, one per quota in the same
 * order, or undefined when the header has neither `min_flex` nor `max_flex`. An empty cell means no
 * limit (min_flex 0, max_flex unbounded).
 * @param rows the CSV's rows, header first (the rows `quotas` was parsed from)
 * @throws {KleroterionError} CSV_INVALID naming the file, the line and the column of the first problem,
 *   with every problem in `details.problems` (codes of `FlexProblem`)
 */
export function parseQuotaFlex(
  rows: readonly (readonly string[])[],
  quotas: readonly Quota[],
  file: string,
): QuotaFlex[] | undefined {
  const header = (rows[0] ?? []).map((cell) => cell.trim().toLowerCase());
  const minColumn = header.indexOf('min_flex');
  const maxColumn = header.indexOf('max_flex');
  if (minColumn < 0 && maxColumn < 0) return undefined;
  const problems: Problem[] = [];
  const flex: QuotaFlex[] = [];
  rows.slice(1).forEach((row, i) => {
    // The same rows as parseQuotaRows: blank rows carry no quota.
    if (row.every((cell) => cell.trim() === '')) return;
    const line = i + 2;
    const quota = quotas[flex.length];
    if (quota === undefined) return;
    const read = (column: number, field: string): number | undefined => {
      const text = (row[column] ?? '').trim();
      if (column < 0 || text === '') return undefined;
      if (/^\d+$/.test(text)) return Number(text);
      problems.push({
        line,
        column: column + 1,
        field,
        code: FlexProblem.NotWhole,
        message: `${field} must be a whole number or empty, not "${text}"`,
      });
      return undefined;
    };
    const minFlex = read(minColumn, 'min_flex') ?? 0;
    const maxFlex = read(maxColumn, 'max_flex');
    if (minFlex > quota.min)
      problems.push({
        line,
        column: minColumn + 1,
        field: 'min_flex',
        code: FlexProblem.MinFlexAboveMin,
        message: `min_flex (${minFlex}) is above min (${quota.min}): it is the lowest the minimum may be relaxed to`,
      });
    if (maxFlex !== undefined && maxFlex < quota.max)
      problems.push({
        line,
        column: maxColumn + 1,
        field: 'max_flex',
        code: FlexProblem.MaxFlexBelowMax,
        message: `max_flex (${maxFlex}) is below max (${quota.max}): it is the highest the maximum may be relaxed to`,
      });
    flex.push({ minFlex, maxFlex });
  });
  const first = problems[0];
  if (first !== undefined)
    throw new KleroterionError(
      ErrorCode.CsvInvalid,
      `${file}, line ${first.line}, column ${first.column} (${first.field}): ${first.message} [${first.code}]`,
      {
        file,
        ...(first.line === undefined ? {} : { line: first.line }),
        ...(first.column === undefined ? {} : { column: first.column }),
        ...(first.field === undefined ? {} : { field: first.field }),
        problems,
        total: problems.length,
      },
    );
  return flex;
}
