// The check of a LOTTERY.json that needs the respondents' features: for each closed round, one pricing
// MIP over individual respondents (not the solver's types) proves that no valid panel P has
// Σ_{i on P} weights[i] > mu, so the round's recorded value is an upper bound on what any distribution
// could give, and, with the optimal probabilities reaching it, the round is exact.
// Spec: docs/stratification.md, section "LOTTERY.json".

import type { Check } from '../../shared/verificationReport';
import type { Quota } from '../../shared/stratify/quotas';
import type { Respondent } from '../../shared/stratify/respondents';
import { highsInstance } from './highsBackend';

/** How far a panel's weight may exceed mu before the certificate is refused (the MIP gap is 1e−9). */
const PRICING_TOLERANCE = 1e-6;

/**
 * The panels as a CPLEX LP text over one binary per respondent: the panel size, every quota and at most one
 * member per shared household, maximising Σ weights[i] x_i.
 */
export function pricingProgram(
  weights: readonly number[],
  quotas: readonly Quota[],
  respondents: readonly Respondent[],
  panelSize: number,
): string {
  const x = (row: number) => `x${row}`;
  const sum = (rows: readonly number[]) => (rows.length === 0 ? '0 x0' : rows.map(x).join(' + '));
  const lines = [
    'Maximize',
    ` obj: ${respondents.map((r) => `${weights[r.row] ?? 0} ${x(r.row)}`).join(' + ')}`,
    'Subject To',
    ` size: ${sum(respondents.map((r) => r.row))} = ${panelSize}`,
  ];
  quotas.forEach((quota, q) => {
    const members = respondents
      .filter((r) => r.features[quota.category] === quota.feature)
      .map((r) => r.row);
    lines.push(
      ` qmin${q}: ${sum(members)} >= ${quota.min}`,
      ` qmax${q}: ${sum(members)} <= ${quota.max}`,
    );
  });
  const households = new Map<string, number[]>();
  for (const r of respondents)
    if (r.household !== undefined)
      households.set(r.household, [...(households.get(r.household) ?? []), r.row]);
  let h = 0;
  for (const rows of households.values())
    if (rows.length > 1) lines.push(` h${h++}: ${sum(rows)} <= 1`);
  lines.push('Binary', ` ${respondents.map((r) => x(r.row)).join(' ')}`, 'End');
  return lines.join('\n');
}

/**
 * One check per closed round: the best panel under the round's weights does not beat mu.
 * @throws {Error} when HiGHS cannot load (the WebAssembly module is missing).
 */
export async function checkRoundCertificates(
  lottery: {
    panelSize: number;
    rounds?: readonly { round: number; weights: readonly number[]; mu: number }[] | undefined;
  },
  quotas: readonly Quota[],
  respondents: readonly Respondent[],
): Promise<Check[]> {
  const highs = await highsInstance();
  return (lottery.rounds ?? []).map((round, r) => {
    const solution = highs.solve(
      pricingProgram(round.weights, quotas, respondents, lottery.panelSize),
      { mip_rel_gap: 1e-9, mip_abs_gap: 1e-12, output_flag: false },
    );
    const best = solution.ObjectiveValue;
    const ok =
      solution.Status === 'Optimal' &&
      best <= round.mu + PRICING_TOLERANCE * (1 + Math.abs(round.mu));
    return {
      number: r + 1,
      name: `round-${round.round}-certificate`,
      ok,
      detail:
        solution.Status !== 'Optimal'
          ? `round ${round.round}: the pricing MIP ended ${solution.Status}`
          : `round ${round.round}: the best panel weighs ${best}, ${ok ? 'not above' : 'ABOVE'} mu = ${round.mu}`,
    };
  });
}
