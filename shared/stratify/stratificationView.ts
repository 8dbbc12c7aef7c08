// What the organiser console sees of a process's stratified option: the quotas, the computation's state
// and progress, and the computed lottery's figures and probabilities (pseudonymous ids only, none shown).
// Spec: docs/stratification.md, section "In the organiser console".

import type { ErrorDetails } from '../errors';
import type { FairnessFigures } from './fairness';
import type { ProgressReport } from './leximin';
import type { Algorithm } from './lottery';
import type { NashCertificate } from './nash';
import type { Quota } from './quotas';

export const JobStatus = {
  Idle: 'idle',
  Running: 'running',
  Done: 'done',
  Failed: 'failed',
  Cancelled: 'cancelled',
} as const;
export type JobStatus = (typeof JobStatus)[keyof typeof JobStatus];

export interface ComputeOptions {
  panelCount: number;
  algorithm: Algorithm;
  budgetSeconds: number;
  /** Pool columns that together identify a household (absent in options from before the rule). */
  householdColumns?: string[];
}

export interface StratificationView {
  /** The draw is committed (either way): quotas and lottery can no longer change. */
  isFrozen: boolean;
  /** The commitment is this process's stratified lottery. */
  isCommitted: boolean;
  seats: number;
  poolColumns: string[];
  quotas: { file: string; importedAt: string; quotas: Quota[]; isStale: boolean } | undefined;
  job: {
    status: JobStatus;
    options?: ComputeOptions;
    startedAt?: string;
    progress?: ProgressReport | undefined;
    error?: { code: string; message: string; details?: ErrorDetails } | undefined;
  };
  lottery:
    | (FairnessFigures & {
        digest: string;
        computedAt: string;
        stoppedEarly: boolean;
        algorithm: Algorithm;
        panelSize: number;
        panelCount: number;
        respondents: number;
        seconds: number;
        roundingError: number;
        naive: (FairnessFigures & { runs: number }) | null;
        optimalProbabilities: number[];
        probabilities: number[];
        /** Undefined for a lottery computed before completion was recorded. */
        complete: boolean | undefined;
        /** The closed rounds, each exact: value, how many respondents it fixed, when it closed. */
        rounds: { round: number; value: number; fixed: number; seconds: number }[];
        bounds: { lower: number; upper: number } | null;
        /** The columns of the households rule, when one applied (names only). */
        householdColumns?: string[];
        /** Nash welfare's objective and optimality certificate (algorithm "nash" only). */
        nash?: NashCertificate | undefined;
      })
    | undefined;
}
