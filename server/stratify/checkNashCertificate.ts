// The checks of a Nash-welfare LOTTERY.json that need the respondents' features: every one of the M
// panels meets the size, the quotas and the households; nobody left without a chance could sit on a
// panel; and one pricing MIP over individuals proves that no valid panel has Σ_{i∈P} 1/p_i above the
// recorded best panel, so the recorded gap bounds how far any distribution is from the optimum.
// Spec: docs/stratification.md, section "Nash welfare".

import { buildInstance, isValidPanel } from '../../shared/stratify/instance';
import type { Quota } from '../../shared/stratify/quotas';
import type { Respondent } from '../../shared/stratify/respondents';
import type { Check } from '../../shared/verificationReport';
import { pricingProgram } from './checkRoundCertificates';
import { highsInstance } from './highsBackend';

/** How far the best panel may exceed the recorded one (both MIPs stop within a 1e−9 relative gap). */
const PRICING_TOLERANCE = 1e-6;

/**
 * Three checks: `nash-panels`, `nash-unselectable` and `nash-certificate`.
 * @throws {Error} when HiGHS cannot load (the WebAssembly module is missing).
 */
export async function checkNashCertificate(
  lottery: {
    panelSize: number;
    panels: readonly (readonly number[])[];
    optimalProbabilities: readonly number[];
    nash?: { bestPanel: number; selectable: number } | undefined;
  },
  quotas: readonly Quota[],
  respondents: readonly Respondent[],
): Promise<Check[]> {
  const highs = await highsInstance();
  const checks: Check[] = [];
  const add = (name: string, ok: boolean, detail: string) =>
    checks.push({ number: checks.length + 1, name, ok, detail });
  const instance = buildInstance(quotas, respondents, lottery.panelSize);
  const invalid = lottery.panels.findIndex((panel) => !isValidPanel(instance, panel));
  add(
    'nash-panels',
    invalid < 0,
    invalid < 0
      ? `each of the ${lottery.panels.length} panels has ${lottery.panelSize} members and meets every quota and household rule`
      : `panel ${invalid} breaks the size, a quota or a household rule`,
  );
  const solve = (weights: readonly number[]) =>
    highs.solve(pricingProgram(weights, quotas, respondents, lottery.panelSize), {
      mip_rel_gap: 1e-9,
      mip_abs_gap: 1e-12,
      output_flag: false,
    });
  const p = lottery.optimalProbabilities;
  // Someone at probability 0 who could sit on a panel would make the true optimum's objective finite
  // over more people: the recorded N would be wrong.
  const zeroes = solve(respondents.map((r) => ((p[r.row] ?? 0) > 0 ? 0 : 1)));
  const zeroOk = zeroes.Status === 'Optimal' && zeroes.ObjectiveValue < 0.5;
  add(
    'nash-unselectable',
    zeroOk,
    zeroes.Status !== 'Optimal'
      ? `the MIP ended ${zeroes.Status}`
      : zeroOk
        ? 'every respondent with probability 0 is on no valid panel at all'
        : 'a respondent with probability 0 can sit on a valid panel',
  );
  const nash = lottery.nash;
  if (nash === undefined) {
    add('nash-certificate', false, 'the lottery records no Nash certificate');
    return checks;
  }
  const best = solve(respondents.map((r) => ((p[r.row] ?? 0) > 0 ? 1 / p[r.row]! : 0)));
  const ok =
    best.Status === 'Optimal' && best.ObjectiveValue <= nash.bestPanel * (1 + PRICING_TOLERANCE);
  add(
    'nash-certificate',
    ok,
    best.Status !== 'Optimal'
      ? `the pricing MIP ended ${best.Status}`
      : `the best panel's Σ 1/p is ${best.ObjectiveValue}, ${ok ? 'not above' : 'ABOVE'} the recorded ${nash.bestPanel} (N = ${nash.selectable})`,
  );
  return checks;
}
