// The shape every verifier answers with: numbered checks, each passed or failed with a reason.
// Spec: docs/lottery-spec.md, section 10 "Verification" (the same report for the draw, the log and the bundle).

export interface Check {
  /** 1-based position in the report. */
  number: number;
  /** Stable machine name, e.g. "commitment-hash" or "pick-3". */
  name: string;
  ok: boolean;
  detail: string;
}

export interface VerificationReport {
  ok: boolean;
  checks: Check[];
}

/** One report of two, the second's checks numbered on after the first's: valid only if both are. */
export function appendReport(
  first: VerificationReport,
  second: VerificationReport,
): VerificationReport {
  return {
    ok: first.ok && second.ok,
    checks: [
      ...first.checks,
      ...second.checks.map((check, i) => ({ ...check, number: first.checks.length + i + 1 })),
    ],
  };
}
