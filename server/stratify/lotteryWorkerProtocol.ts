// Messages between the stratification service and the worker thread that computes a lottery.

import type { ErrorDetails } from '../../shared/errors';
import type { ProgressReport } from '../../shared/stratify/leximin';
import type { Algorithm, Lottery } from '../../shared/stratify/lottery';
import type { QuotaFlex } from '../../shared/stratify/quotaFlex';
import type { Quota } from '../../shared/stratify/quotas';
import type { Respondent } from '../../shared/stratify/respondents';

export interface LotteryTask {
  quotas: Quota[];
  respondents: Respondent[];
  panelSize: number;
  panelCount: number;
  algorithm: Algorithm;
  seed: string;
  naiveRuns: number;
  /** The optimisation stops with its best distribution so far after this many seconds. */
  budgetSeconds: number;
  /** Pool columns that together identify a household: at most one person per household on a panel. */
  householdColumns: string[];
  /** The quotas' min_flex and max_flex, which bound the relaxation suggested if they are infeasible. */
  quotaFlex?: QuotaFlex[];
}

export type LotteryWorkerMessage =
  | { kind: 'progress'; report: ProgressReport }
  | { kind: 'done'; lottery: Lottery; stoppedEarly: boolean }
  | { kind: 'failed'; code: string; message: string; details?: ErrorDetails };
