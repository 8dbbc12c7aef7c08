// The households rule: the organiser names one or more respondents' columns (e.g. address line 1 and
// postcode) that together identify a household; at most one person per household sits on a panel.
// Spec: docs/stratification.md, section 1 ("Households").

import { ErrorCode, KleroterionError } from '../errors';

/** One part of an address, normalised: Unicode NFC, lower case, every whitespace removed. */
export const normaliseAddressPart = (value: string): string =>
  value.normalize('NFC').toLowerCase().replace(/\s+/gu, '');

/**
 * The household a respondent belongs to, from the values of the household columns (in the order the
 * organiser named them): trimmed, case- and space-insensitive. Undefined when every value is empty
 * (the respondent gave no address, so shares a household with nobody). A partly empty address still
 * names a household, with the empty parts as given: two people with the same postcode and no street
 * count as one household, the cautious reading.
 */
export function householdKey(values: readonly string[]): string | undefined {
  const parts = values.map(normaliseAddressPart);
  return parts.every((part) => part === '') ? undefined : parts.join('\u0000');
}

/**
 * The indices in `header` of the named household columns (case-insensitive), refusing an unknown or
 * repeated name.
 * @throws {KleroterionError} CSV_INVALID naming the file, line 1 and the column
 */
export function householdColumnIndices(
  header: readonly string[],
  names: readonly string[],
  file: string,
): number[] {
  const lower = header.map((h) => h.trim().toLowerCase());
  const seen = new Set<number>();
  return names.map((name) => {
    const index = lower.indexOf(name.trim().toLowerCase());
    if (index < 0)
      throw new KleroterionError(ErrorCode.CsvInvalid, `${file}: no household column "${name}"`, {
        file,
        line: 1,
        field: name,
      });
    if (seen.has(index))
      throw new KleroterionError(
        ErrorCode.CsvInvalid,
        `${file}: the household column "${name}" is named twice`,
        { file, line: 1, field: name },
      );
    seen.add(index);
    return index;
  });
}

/**
 * The first panel seating two members of one household, with the two rows, or undefined when every panel
 * respects the rule.
 * @param households each row's household key (undefined: alone)
 */
export function householdViolation(
  panels: readonly (readonly number[])[],
  households: readonly (string | undefined)[],
): { panel: number; rows: [number, number] } | undefined {
  for (let p = 0; p < panels.length; p++) {
    const seated = new Map<string, number>();
    for (const row of panels[p]!) {
      const key = households[row];
      if (key === undefined) continue;
      const other = seated.get(key);
      if (other !== undefined) return { panel: p, rows: [other, row] };
      seated.set(key, row);
    }
  }
  return undefined;
}
