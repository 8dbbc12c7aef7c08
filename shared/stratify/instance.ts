// A stratified-draw instance reduced to types: respondents with identical feature vectors are
// interchangeable for every quota, so the LEXIMIN allocation gives them equal probabilities and the
// optimisation runs over how many of each type a panel holds.
// Spec: docs/lottery-spec.md, section "kleroterion-stratified/1".

import { ErrorCode, KleroterionError } from '../errors';
import { categoriesOf, type Quota } from './quotas';
import type { Respondent } from './respondents';

export interface RespondentType {
  /** Index in `quotas` of this type's feature, per category (in `categories` order). */
  quotaIndex: number[];
  /** Respondent rows, ascending. */
  members: number[];
  /** The shared household this type belongs to (index into `households`), if any. */
  household: number | undefined;
}

export interface Instance {
  panelSize: number;
  quotas: Quota[];
  categories: string[];
  types: RespondentType[];
  /** respondent row → its type. */
  typeOf: number[];
  respondentCount: number;
  /**
   * Households with several respondents: at most one of them may sit on a panel. Their members get
   * types of their own (features and household), so the rule is one linear row over types per household.
   */
  households: { key: string; types: number[] }[];
}

export function buildInstance(
  quotas: readonly Quota[],
  respondents: readonly Respondent[],
  panelSize: number,
): Instance {
  if (!Number.isInteger(panelSize) || panelSize < 1 || panelSize > respondents.length)
    throw new KleroterionError(
      ErrorCode.InvalidArgument,
      `the panel size must be between 1 and the ${respondents.length} respondents`,
      { field: 'panelSize' },
    );
  const categories = categoriesOf(quotas);
  const index = new Map(quotas.map((q, i) => [`${q.category}\u0000${q.feature}`, i]));
  const byKey = new Map<string, number>();
  const typeOf: number[] = [];
  const types: RespondentType[] = [];
  const householdSizes = new Map<string, number>();
  for (const r of respondents)
    if (r.household !== undefined)
      householdSizes.set(r.household, (householdSizes.get(r.household) ?? 0) + 1);
  const households: { key: string; types: number[] }[] = [];
  const householdIndex = new Map<string, number>();
  for (const respondent of respondents) {
    const quotaIndex = categories.map(
      (category) => index.get(`${category}\u0000${respondent.features[category]}`) as number,
    );
    const shared =
      respondent.household !== undefined && (householdSizes.get(respondent.household) ?? 0) > 1
        ? respondent.household
        : undefined;
    let household: number | undefined;
    if (shared !== undefined) {
      household = householdIndex.get(shared);
      if (household === undefined) {
        household = households.length;
        householdIndex.set(shared, household);
        households.push({ key: shared, types: [] });
      }
    }
    const key = `${quotaIndex.join(',')}|${shared === undefined ? '' : `h${household}`}`;
    let t = byKey.get(key);
    if (t === undefined) {
      t = types.length;
      byKey.set(key, t);
      types.push({ quotaIndex, members: [], household });
      if (household !== undefined) households[household]!.types.push(t);
    }
    types[t]!.members.push(respondent.row);
    typeOf[respondent.row] = t;
  }
  return {
    panelSize,
    quotas: [...quotas],
    categories,
    types,
    typeOf,
    respondentCount: respondents.length,
    households,
  };
}

/** Whether a composition (count per type) is a valid panel: size, type sizes and every quota. */
export function isValidComposition(instance: Instance, counts: readonly number[]): boolean {
  if (counts.length !== instance.types.length) return false;
  let total = 0;
  const perQuota = new Array<number>(instance.quotas.length).fill(0);
  for (let t = 0; t < counts.length; t++) {
    const count = counts[t] as number;
    const type = instance.types[t] as RespondentType;
    if (!Number.isInteger(count) || count < 0 || count > type.members.length) return false;
    total += count;
    for (const q of type.quotaIndex) perQuota[q] = (perQuota[q] as number) + count;
  }
  const perHousehold = instance.households.map((h) =>
    h.types.reduce((sum, t) => sum + (counts[t] as number), 0),
  );
  return (
    total === instance.panelSize &&
    perHousehold.every((n) => n <= 1) &&
    instance.quotas.every(
      (quota, q) => (perQuota[q] as number) >= quota.min && (perQuota[q] as number) <= quota.max,
    )
  );
}

/** Whether a panel of respondent rows satisfies every quota and the size. */
export function isValidPanel(instance: Instance, rows: readonly number[]): boolean {
  if (new Set(rows).size !== rows.length) return false;
  const counts = new Array<number>(instance.types.length).fill(0);
  for (const row of rows) {
    const t = instance.typeOf[row];
    if (t === undefined) return false;
    counts[t] = (counts[t] as number) + 1;
  }
  return isValidComposition(instance, counts);
}
