// The diagnosis of infeasible quotas: the smallest relaxation (fewest seats moved) that makes them
// feasible, within the organiser's flexible bounds when the quotas carry them, or a plain statement that
// none exists within them (with the smallest one beyond them, for information).
// Spec: docs/stratification.md, section 3 ("Infeasible quotas").

import { ErrorCode, KleroterionError, type ErrorDetails } from '../errors';
import type { Instance } from './instance';
import type { QuotaFlex } from './quotaFlex';
import type { Relaxation, SolverBackend } from './solverBackend';

type Problem = NonNullable<ErrorDetails['problems']>[number];

/** Stable codes of the diagnosis's problems. */
export const InfeasibleProblem = {
  /** This quota must be relaxed as the message says (within the flexible bounds when given). */
  QuotaConflict: 'QUOTA_CONFLICT',
  /** No relaxation within min_flex and max_flex makes the quotas feasible. */
  NoRelaxationWithinFlex: 'NO_RELAXATION_WITHIN_FLEX',
  /** Beyond the flexible bounds, this quota would have to be relaxed as the message says. */
  BeyondFlex: 'RELAXATION_BEYOND_FLEX',
} as const;

const describe = (instance: Instance, r: Relaxation) => {
  const q = instance.quotas[r.quota]!;
  const change = [
    r.lower > 0 ? `min ${q.min} → ${q.min - r.lower}` : '',
    r.raise > 0 ? `max ${q.max} → ${q.max + r.raise}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return { field: `${q.category}/${q.feature}`, change };
};

const seats = (relaxations: readonly Relaxation[]) =>
  relaxations.reduce((sum, r) => sum + r.lower + r.raise, 0);

/**
 * The error to throw when no panel meets the quotas.
 * @param flex the quotas' flexible bounds, one per quota, when the quotas file had them
 */
export function quotasInfeasible(
  instance: Instance,
  backend: SolverBackend,
  flex?: readonly QuotaFlex[],
): KleroterionError {
  const lead = `no panel of ${instance.panelSize} satisfies the quotas`;
  const within = backend.relax(flex);
  const problem = (r: Relaxation, code: string): Problem => {
    const { field, change } = describe(instance, r);
    return { field, code, message: `relax: ${change}` };
  };
  const list = (relaxations: readonly Relaxation[]) =>
    relaxations
      .map((r) => {
        const { field, change } = describe(instance, r);
        return `${field} (${change})`;
      })
      .join('; ');
  if (within.length > 0)
    return new KleroterionError(
      ErrorCode.QuotasInfeasible,
      `${lead}; the smallest relaxation${flex === undefined ? '' : ' within min_flex and max_flex'} (${seats(within)} seat(s)): ${list(within)}`,
      { problems: within.map((r) => problem(r, InfeasibleProblem.QuotaConflict)) },
    );
  if (flex === undefined)
    return new KleroterionError(
      ErrorCode.QuotasInfeasible,
      `${lead}; the smallest relaxation: none found (no relaxation of the quotas alone makes them feasible)`,
      { problems: [] },
    );
  const beyond = backend.relax();
  return new KleroterionError(
    ErrorCode.QuotasInfeasible,
    `${lead}, and no relaxation within min_flex and max_flex makes them feasible; ${
      beyond.length > 0
        ? `beyond them, the smallest (${seats(beyond)} seat(s)): ${list(beyond)}`
        : 'nor does any relaxation of the quotas alone'
    }`,
    {
      problems: [
        {
          code: InfeasibleProblem.NoRelaxationWithinFlex,
          message: 'no relaxation within min_flex and max_flex makes the quotas feasible',
        },
        ...beyond.map((r) => problem(r, InfeasibleProblem.BeyondFlex)),
      ],
    },
  );
}
