// Quotas for a stratified draw, from a CSV already split into rows. Two layouts are accepted: the
// replication data's `category,feature,min,max` and the Sortition Foundation's
// `feature,value,min,max[,min_flex,max_flex]` (its flexible bounds are read by quotaFlex.ts).
// Spec: docs/lottery-spec.md, section "kleroterion-stratified/1".

import { ErrorCode, KleroterionError } from '../errors';

export interface Quota {
  category: string;
  feature: string;
  min: number;
  max: number;
}

const LAYOUTS = [
  ['category', 'feature', 'min', 'max'],
  ['feature', 'value', 'min', 'max'],
] as const;

/** @param rows the CSV's rows, header first */
export function parseQuotaRows(rows: readonly (readonly string[])[], file: string): Quota[] {
  const header = (rows[0] ?? []).map((cell) => cell.trim().toLowerCase());
  const layout = LAYOUTS.find((names) => names.every((name, i) => header[i] === name));
  if (layout === undefined)
    throw new KleroterionError(
      ErrorCode.CsvInvalid,
      `${file}: expected the header "category,feature,min,max" or "feature,value,min,max"`,
      { file, line: 1 },
    );
  const quotas: Quota[] = [];
  const seen = new Map<string, number>();
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    if (row.every((cell) => cell.trim() === '')) return;
    const [category, feature, min, max] = row.map((cell) => cell.trim());
    const fail = (field: string, why: string): never => {
      throw new KleroterionError(ErrorCode.CsvInvalid, `${file}, line ${line}: ${why}`, {
        file,
        line,
        field,
      });
    };
    if (!category) fail(layout[0], `${layout[0]} is empty`);
    if (!feature) fail(layout[1], `${layout[1]} is empty`);
    const bound = (text: string | undefined, field: string) => {
      if (text === undefined || !/^\d+$/.test(text))
        return fail(field, `${field} must be a whole number`);
      return Number(text);
    };
    const low = bound(min, 'min');
    const high = bound(max, 'max');
    if (low > high) fail('min', `min (${low}) is above max (${high})`);
    const key = `${category}\u0000${feature}`;
    const first = seen.get(key);
    if (first !== undefined)
      fail(layout[1], `${category}/${feature} is already given on line ${first}`);
    seen.set(key, line);
    quotas.push({ category: category!, feature: feature!, min: low, max: high });
  });
  if (quotas.length === 0)
    throw new KleroterionError(ErrorCode.CsvInvalid, `${file}: no quota`, { file });
  return quotas;
}

/** The categories in first-appearance order. */
export const categoriesOf = (quotas: readonly Quota[]): string[] => [
  ...new Set(quotas.map((q) => q.category)),
];
