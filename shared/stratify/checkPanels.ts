// The checks of a LOTTERY.json's panels that need the respondents' features and households: every panel
// meets every quota, and no panel seats two members of one household (when the lottery names household
// columns). Run by `stratify --check` beside the file's own checks.
// Spec: docs/stratification.md, sections 1 ("Households") and 6 ("LOTTERY.json").

import type { Check } from '../verificationReport';
import { householdViolation } from './households';
import type { Quota } from './quotas';
import type { Respondent } from './respondents';

/**
 * @param householdColumns the columns the lottery says identify a household (undefined: no rule), for the
 *   message; the respondents' `household` keys must have been read from those columns
 */
export function checkPanelsAgainstRespondents(
  panels: readonly (readonly number[])[],
  quotas: readonly Quota[],
  respondents: readonly Respondent[],
  householdColumns: readonly string[] | undefined,
): Check[] {
  const badQuota = (() => {
    for (let p = 0; p < panels.length; p++)
      for (const quota of quotas) {
        const count = panels[p]!.filter(
          (row) => respondents[row]?.features[quota.category] === quota.feature,
        ).length;
        if (count < quota.min || count > quota.max)
          return `panel ${p} has ${count} ${quota.category}/${quota.feature}, outside [${quota.min}, ${quota.max}]`;
      }
    return undefined;
  })();
  const checks: Check[] = [
    {
      number: 0,
      name: 'lottery-panel-quotas',
      ok: badQuota === undefined,
      detail: badQuota ?? `each of the ${panels.length} panels meets every quota`,
    },
  ];
  if (householdColumns !== undefined) {
    const violation = householdViolation(
      panels,
      respondents.map((r) => r.household),
    );
    checks.push({
      number: 0,
      name: 'lottery-panel-households',
      ok: violation === undefined,
      detail:
        violation === undefined
          ? `no panel seats two members of one household (columns ${householdColumns.join(', ')}, compared trimmed, case- and space-insensitive)`
          : `panel ${violation.panel} seats rows ${violation.rows[0]} and ${violation.rows[1]}, of one household`,
    });
  }
  return checks;
}
