// The respondents of a process's stratified draw: the pool's volunteers, by pseudonymous id, with the
// features the quotas count, read from the attribute columns of the imported volunteers file.
// Spec: docs/stratification.md, section "In the organiser console".

import { ErrorCode, KleroterionError, type ErrorDetails } from '../errors';
import { compareUtf8 } from '../lottery/poolId';
import { householdKey } from './households';
import { categoriesOf, type Quota } from './quotas';
import type { Respondent } from './respondents';

export interface PoolVolunteer {
  /** Pseudonymous id. */
  id: string;
  /** Line of the volunteers file, for error messages. */
  line: number;
  /** attribute column → value */
  attributes: Record<string, string>;
}

type Problem = NonNullable<ErrorDetails['problems']>[number];

const MAX_LISTED = 50;

/**
 * Checks the quotas against the pool (every category is an attribute column, every volunteer's value is
 * a feature of the quotas) and returns the respondents in UTF-8 id order, with features keyed by category.
 * @param quotaLines the quotas file's line of each quota, for error messages
 * @param householdColumns attribute columns that together identify a household (checked by the caller)
 * @throws {KleroterionError} CSV_INVALID naming the quotas file, line and field; nothing else changes
 */
export function poolRespondents(
  quotas: readonly Quota[],
  quotaLines: readonly number[],
  quotasFile: string,
  attributeColumns: readonly string[],
  volunteers: readonly PoolVolunteer[],
  householdColumns: readonly string[] = [],
): Respondent[] {
  const problems: Problem[] = [];
  const lineOf = (category: string) => quotaLines[quotas.findIndex((q) => q.category === category)];
  const columns = new Map<string, string>();
  for (const category of categoriesOf(quotas)) {
    const column =
      attributeColumns.find((c) => c === category) ??
      attributeColumns.find((c) => c.toLowerCase() === category.toLowerCase());
    if (column === undefined)
      problems.push({
        line: lineOf(category),
        field: category,
        code: 'UNKNOWN_CATEGORY',
        message: `the pool has no column "${category}" (its columns: ${attributeColumns.join(', ') || 'none'})`,
      });
    else columns.set(category, column);
  }
  const features = new Map(
    categoriesOf(quotas).map((c) => [
      c,
      new Set(quotas.filter((q) => q.category === c).map((q) => q.feature)),
    ]),
  );
  const missing = new Map<string, { category: string; count: number; volunteerLine: number }>();
  if (problems.length === 0)
    for (const volunteer of volunteers)
      for (const [category, column] of columns) {
        const value = (volunteer.attributes[column] ?? '').trim();
        if (features.get(category)!.has(value)) continue;
        const key = `${category}\u0000${value}`;
        const seen = missing.get(key);
        if (seen === undefined)
          missing.set(key, { category, count: 1, volunteerLine: volunteer.line });
        else seen.count++;
      }
  for (const [key, { category, count, volunteerLine }] of missing) {
    const value = key.slice(category.length + 1);
    problems.push({
      line: lineOf(category),
      field: category,
      code: 'FEATURE_NOT_IN_QUOTAS',
      message: `${count} volunteer(s) have ${category} = "${value}" (first on line ${volunteerLine} of the volunteers file), which no quota of ${category} names`,
    });
  }
  const first = problems[0];
  if (first !== undefined)
    throw new KleroterionError(
      ErrorCode.CsvInvalid,
      `${quotasFile}, line ${first.line ?? 1}, ${first.field}: ${first.message}`,
      {
        file: quotasFile,
        ...(first.line === undefined ? {} : { line: first.line }),
        ...(first.field === undefined ? {} : { field: first.field }),
        problems: problems.slice(0, MAX_LISTED),
        total: problems.length,
      },
    );
  return [...volunteers]
    .sort((a, b) => compareUtf8(a.id, b.id))
    .map((volunteer, row) => ({
      row,
      id: volunteer.id,
      features: Object.fromEntries(
        [...columns].map(([category, column]) => [
          category,
          (volunteer.attributes[column] ?? '').trim(),
        ]),
      ),
      household:
        householdColumns.length === 0
          ? undefined
          : householdKey(householdColumns.map((column) => volunteer.attributes[column] ?? '')),
    }));
}
