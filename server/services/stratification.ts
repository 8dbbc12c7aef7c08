// The stratified option of a process's draw, before the commitment: quotas import (checked against the
// pool), the lottery computed in a worker thread with progress, cancellation and a time budget, stored
// durably, and the review figures. The commitment and the draw themselves are the ceremony's.

import { ErrorCode, KleroterionError, type ErrorDetails } from '../../shared/errors';
import { ProcessStatus, type ProcessState } from '../../shared/process/processState';
import type { ProgressReport } from '../../shared/stratify/leximin';
import type { Lottery } from '../../shared/stratify/lottery';
import {
  JobStatus,
  type ComputeOptions,
  type StratificationView,
} from '../../shared/stratify/stratificationView';
import { parseQuotaFlex } from '../../shared/stratify/quotaFlex';
import { parseQuotaRows } from '../../shared/stratify/quotas';
import { STRATIFIED_PROTOCOL } from '../../shared/stratify/stratifiedProtocol';
import type { Db } from '../db/openDatabase';
import type { Clock, Log } from '../ports';
import { csvRecords } from '../stratify/csvRecords';
import { startLotteryWorker, type LotteryRun } from '../stratify/startLotteryWorker';
import { createStratificationStore } from '../stratify/stratificationStore';
import type { Ceremony } from './ceremony';

interface Job {
  status: JobStatus;
  options: ComputeOptions;
  startedAt: string;
  progress: ProgressReport | undefined;
  error: { code: string; message: string; details?: ErrorDetails } | undefined;
  run: LotteryRun | undefined;
}

/** Simulated naive draws for the comparison shown at review. */
const NAIVE_RUNS = 1000;

export function createStratification(deps: { db: Db; ceremony: Ceremony; clock: Clock; log: Log }) {
  const { db, ceremony, clock, log } = deps;
  const store = createStratificationStore(db);
  const jobs = new Map<string, Job>();

  /** Quotas and lottery may change only while the draw is not committed. */
  function requireOpen(state: ProcessState, action: string): void {
    if (state.status !== ProcessStatus.Draft)
      throw new KleroterionError(
        ErrorCode.StratificationFrozen,
        `cannot ${action}: the draw is ${state.status}, its quotas and lottery are frozen`,
      );
    if (state.pool === undefined)
      throw new KleroterionError(
        ErrorCode.TransitionRefused,
        `cannot ${action}: import the volunteers first`,
      );
  }

  function cancelJob(processId: string): void {
    const job = jobs.get(processId);
    if (job?.status !== JobStatus.Running) return;
    job.run?.cancel();
    job.status = JobStatus.Cancelled;
  }

  function view(processId: string): StratificationView {
    const state = ceremony.state(processId);
    const stored = store.get(processId);
    const job = jobs.get(processId);
    const lottery =
      stored?.lottery === undefined ? undefined : (JSON.parse(stored.lottery.text) as Lottery);
    return {
      isFrozen: state.status !== ProcessStatus.Draft,
      isCommitted: state.commitment?.commitment.protocol === STRATIFIED_PROTOCOL,
      seats: state.settings.seats,
      poolColumns: state.pool?.attributeColumns ?? [],
      quotas:
        stored === undefined
          ? undefined
          : {
              file: stored.quotasFile,
              importedAt: stored.importedAt,
              quotas: stored.quotas,
              isStale: stored.poolRoot !== state.pool?.root,
            },
      job:
        job === undefined
          ? { status: JobStatus.Idle }
          : {
              status: job.status,
              options: job.options,
              startedAt: job.startedAt,
              progress: job.progress,
              error: job.error,
            },
      lottery:
        lottery === undefined || stored?.lottery === undefined
          ? undefined
          : {
              digest: stored.lottery.digest,
              computedAt: stored.lottery.computedAt,
              stoppedEarly: stored.lottery.stoppedEarly,
              algorithm: lottery.algorithm,
              panelSize: lottery.panelSize,
              panelCount: lottery.panelCount,
              respondents: lottery.respondents,
              seconds: lottery.seconds,
              minProbability: lottery.minProbability,
              maxProbability: lottery.maxProbability,
              gini: lottery.gini,
              shareBelowFair: lottery.shareBelowFair,
              roundingError: lottery.roundingError,
              naive: lottery.naive,
              optimalProbabilities: lottery.optimalProbabilities,
              probabilities: lottery.probabilities,
              // Lotteries stored before completion was recorded have none of these three fields.
              complete: 'complete' in lottery ? lottery.complete : undefined,
              rounds: (lottery.rounds ?? []).map((r) => ({
                round: r.round,
                value: r.value,
                fixed: r.fixed.length,
                seconds: r.seconds,
              })),
              bounds: lottery.bounds ?? null,
              ...(lottery.householdColumns === undefined
                ? {}
                : { householdColumns: lottery.householdColumns }),
              ...(lottery.nash === undefined ? {} : { nash: lottery.nash }),
            },
    };
  }

  return {
    view,

    /**
     * Validates the whole file against the pool, then replaces the quotas (forgetting any lottery).
     * @throws {KleroterionError} CSV_INVALID (file, line, field), STRATIFICATION_FROZEN once committed.
     */
    importQuotas(processId: string, bytes: Uint8Array, file: string) {
      const state = ceremony.state(processId);
      requireOpen(state, 'import quotas');
      const { rows, lines } = csvRecords(bytes, file);
      const quotas = parseQuotaRows(rows, file);
      const flex = parseQuotaFlex(rows, quotas, file);
      store.respondents(processId, state, quotas, lines, file);
      cancelJob(processId);
      jobs.delete(processId);
      store.saveQuotas(processId, file, quotas, lines, state.pool!.root, clock.now(), flex);
      log.info({ processId, quotas: quotas.length }, 'quotas imported');
      return view(processId);
    },

    /** Starts the computation in a worker; progress and the outcome are read through `view`. */
    compute(processId: string, options: ComputeOptions) {
      const state = ceremony.state(processId);
      requireOpen(state, 'compute the lottery');
      const stored = store.get(processId);
      if (stored === undefined)
        throw new KleroterionError(ErrorCode.TransitionRefused, 'import the quotas first');
      if (stored.poolRoot !== state.pool!.root)
        throw new KleroterionError(
          ErrorCode.TransitionRefused,
          'the volunteers changed since the quotas were imported: import the quotas again',
        );
      if (jobs.get(processId)?.status === JobStatus.Running)
        throw new KleroterionError(ErrorCode.TransitionRefused, 'a computation is already running');
      const householdColumns = options.householdColumns ?? [];
      const columns = state.pool!.attributeColumns;
      const unknown = householdColumns.find((column) => !columns.includes(column));
      if (unknown !== undefined || new Set(householdColumns).size !== householdColumns.length)
        throw new KleroterionError(
          ErrorCode.InvalidArgument,
          unknown === undefined
            ? 'a household column is named twice'
            : `the volunteers have no column "${unknown}" (their columns: ${columns.join(', ') || 'none'})`,
          { field: 'householdColumns' },
        );
      const respondents = store.respondents(
        processId,
        state,
        stored.quotas,
        stored.quotaLines,
        stored.quotasFile,
        householdColumns,
      );
      if (state.settings.seats > respondents.length)
        throw new KleroterionError(
          ErrorCode.TransitionRefused,
          `${state.settings.seats} seats for ${respondents.length} volunteers`,
        );
      const quotasJson = store.quotasJson(processId)!;
      const job: Job = {
        status: JobStatus.Running,
        options,
        startedAt: clock.now().toISOString(),
        progress: undefined,
        error: undefined,
        run: undefined,
      };
      jobs.set(processId, job);
      job.run = startLotteryWorker(
        {
          quotas: stored.quotas,
          respondents,
          panelSize: state.settings.seats,
          panelCount: options.panelCount,
          algorithm: options.algorithm,
          seed: `${processId}:${state.pool!.root}`,
          naiveRuns: NAIVE_RUNS,
          budgetSeconds: options.budgetSeconds,
          householdColumns,
          ...(stored.quotaFlex === undefined ? {} : { quotaFlex: stored.quotaFlex }),
        },
        (message) => {
          if (jobs.get(processId) !== job || job.status !== JobStatus.Running) return;
          if (message.kind === 'progress') {
            job.progress = message.report;
            return;
          }
          if (message.kind === 'failed') {
            job.status = JobStatus.Failed;
            job.error = {
              code: message.code,
              message: message.message,
              ...(message.details === undefined ? {} : { details: message.details }),
            };
            log.warn({ processId, code: message.code }, 'lottery computation failed');
            return;
          }
          // Durable first: the organiser sees "done" only once the lottery is stored.
          const current = ceremony.state(processId);
          const digest =
            current.status === ProcessStatus.Draft
              ? store.saveLottery(
                  processId,
                  quotasJson,
                  message.lottery,
                  message.stoppedEarly,
                  clock.now(),
                )
              : undefined;
          if (digest === undefined) {
            job.status = JobStatus.Failed;
            job.error = {
              code: ErrorCode.TransitionRefused,
              message: 'the quotas or the process changed during the computation',
            };
            return;
          }
          job.status = JobStatus.Done;
          log.info({ processId, digest }, 'lottery computed');
        },
      );
      return view(processId);
    },

    cancel(processId: string) {
      const state = ceremony.state(processId);
      requireOpen(state, 'cancel the computation');
      if (jobs.get(processId)?.status !== JobStatus.Running)
        throw new KleroterionError(ErrorCode.TransitionRefused, 'no computation is running');
      cancelJob(processId);
      return view(processId);
    },

    /** The stored LOTTERY.json, as computed. */
    lotteryText(processId: string): string {
      ceremony.state(processId);
      const text = store.get(processId)?.lottery?.text;
      if (text === undefined)
        throw new KleroterionError(ErrorCode.NotFound, 'no lottery has been computed');
      return text;
    },

    /** Ends every running computation (server shutdown). */
    close(): void {
      for (const processId of jobs.keys()) cancelJob(processId);
    },
  };
}

export type Stratification = ReturnType<typeof createStratification>;
