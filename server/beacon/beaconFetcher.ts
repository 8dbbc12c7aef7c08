// Fetches each committed drand round as soon as it exists and records it through the same path as a pasted
// signature (value.revealed for a draw's source), so the log and its verifiers do not change. A tie lottery
// also needs the organiser's secret: its fetched signature is kept for the console, which submits both.

import {
  quicknetRandomness,
  quicknetRoundTime,
  verifyQuicknetRound,
} from '../../shared/lottery/drand';
import { KleroterionError } from '../../shared/errors';
import { ProcessStatus, type ProcessState } from '../../shared/process/processState';
import { describeError } from '../logging/describeError';
import type { BeaconSource, Clock, Log } from '../ports';
import type { Ceremony } from '../services/ceremony';
import { BeaconFetchError } from './httpRelays';
import {
  FetchPhase,
  RelayProblem,
  type BeaconFetchStatus,
} from '../../shared/lottery/beaconFetchStatus';

export type { BeaconFetchStatus };

export interface BeaconFetcherDeps {
  ceremony: Pick<Ceremony, 'list' | 'state' | 'reveal' | 'onEvents' | 'openTimelockSource'>;
  source: BeaconSource;
  clock: Clock;
  log: Log;
  /** How often due rounds are checked against the clock (default 1 s). */
  tickMs?: number;
  /** First retry delay after a failure, doubled each time (default 3 s), up to maxBackoffMs (default 2 min). */
  backoffMs?: number;
  maxBackoffMs?: number;
}

interface Entry {
  processId: string;
  status: BeaconFetchStatus;
  /** Real time (ms) before which no new attempt starts: backoff paces network calls, which are real. */
  notBefore: number;
  inFlight: boolean;
}

const keyOf = (processId: string, kind: 'draw' | 'tie', source: number) =>
  `${processId}\n${kind}\n${source}`;

/**
 * The beacons a process still awaits: unrevealed drand sources of its draw, its timelock witnesses (opened
 * with their round's signature, docs/lottery-spec.md section 4.1), and a declared tie lottery's.
 */
function awaitedBeacons(
  state: ProcessState,
): { kind: 'draw' | 'tie'; source: number; round: number }[] {
  const awaited: { kind: 'draw' | 'tie'; source: number; round: number }[] = [];
  if (state.status === ProcessStatus.Committed || state.status === ProcessStatus.Revealed) {
    state.commitment?.commitment.sources.forEach((source, index) => {
      const round = source.beacon?.round ?? source.timelock?.round;
      if (round !== undefined && state.revealed[index] !== true)
        awaited.push({ kind: 'draw', source: index, round });
    });
  }
  state.outcome.lottery?.commitment.sources.forEach((source, index) => {
    if (source.beacon !== undefined)
      awaited.push({ kind: 'tie', source: index, round: source.beacon.round });
  });
  return awaited;
}

export function createBeaconFetcher(deps: BeaconFetcherDeps) {
  const { ceremony, source, clock, log } = deps;
  const tickMs = deps.tickMs ?? 1000;
  const backoffMs = deps.backoffMs ?? 3000;
  const maxBackoffMs = deps.maxBackoffMs ?? 120_000;
  const entries = new Map<string, Entry>();
  const stopping = new AbortController();
  let timer: ReturnType<typeof setInterval> | undefined;

  /** Brings the entries of one process in line with what its log still awaits. */
  function scan(processId: string): void {
    let state: ProcessState;
    try {
      state = ceremony.state(processId);
    } catch {
      return;
    }
    const awaited = awaitedBeacons(state);
    const keys = new Set(awaited.map((b) => keyOf(processId, b.kind, b.source)));
    for (const [key, entry] of entries) {
      // A draw's fetched round stays listed ("récupéré automatiquement"); anything else no longer awaited goes.
      if (entry.processId === processId && !keys.has(key)) {
        // Our own reveal lands here while the fetch is still in flight: it finishes the entry itself.
        if (entry.inFlight) continue;
        if (entry.status.kind === 'draw' && entry.status.phase === FetchPhase.Fetched) continue;
        entries.delete(key);
      }
    }
    for (const beacon of awaited) {
      const key = keyOf(processId, beacon.kind, beacon.source);
      if (entries.has(key)) continue;
      entries.set(key, {
        processId,
        notBefore: 0,
        inFlight: false,
        status: {
          ...beacon,
          dueAt: new Date(quicknetRoundTime(beacon.round) * 1000).toISOString(),
          phase: FetchPhase.Waiting,
          attempts: 0,
          failures: [],
        },
      });
    }
  }

  async function record(entry: Entry, signature: string): Promise<void> {
    const { status } = entry;
    if (status.kind === 'draw') {
      // A timelock witness's contribution is opened with the round's signature before it is revealed.
      const opening = await ceremony.openTimelockSource(entry.processId, status.source, signature);
      try {
        ceremony.reveal(entry.processId, status.source, { signature }, opening);
      } catch (error) {
        // Pasted by hand meanwhile, or the draw moved on: nothing is awaited any more.
        if (
          error instanceof KleroterionError &&
          !ceremony.state(entry.processId).revealed[status.source]
        )
          throw error;
      }
    }
    status.phase = FetchPhase.Fetched;
    status.signature = signature;
    status.randomness = quicknetRandomness(signature);
    status.failures = [];
    delete status.nextAttemptAt;
    log.info(
      { processId: entry.processId, kind: status.kind, round: status.round },
      'drand round fetched',
    );
  }

  async function attempt(entry: Entry): Promise<void> {
    const { status } = entry;
    entry.inFlight = true;
    status.phase = FetchPhase.Fetching;
    status.attempts += 1;
    try {
      const fetched = await source.fetchRound(status.round, stopping.signal);
      if (stopping.signal.aborted) return;
      const signature = fetched.signature.trim().toLowerCase();
      // Whatever the source, the signature is checked offline exactly as a pasted one.
      if (fetched.round !== status.round || !verifyQuicknetRound(status.round, signature))
        throw new BeaconFetchError(status.round, [
          {
            relay: 'source',
            problem:
              fetched.round !== status.round ? RelayProblem.WrongRound : RelayProblem.BadSignature,
          },
        ]);
      await record(entry, signature);
    } catch (error) {
      if (stopping.signal.aborted) return;
      const failures =
        error instanceof BeaconFetchError
          ? error.failures
          : [
              {
                relay: 'server',
                problem: RelayProblem.Refused,
                detail: error instanceof Error ? error.message.slice(0, 200) : 'unknown',
              },
            ];
      const isNotYet = error instanceof BeaconFetchError && error.isNotYet;
      const delay = Math.min(backoffMs * 2 ** Math.min(status.attempts - 1, 16), maxBackoffMs);
      entry.notBefore = Date.now() + delay;
      status.phase = isNotYet ? FetchPhase.Fetching : FetchPhase.Failed;
      status.failures = failures;
      status.nextAttemptAt = new Date(clock.now().getTime() + delay).toISOString();
      log.warn(
        { processId: entry.processId, round: status.round, failures, err: describeError(error) },
        'drand round not fetched yet',
      );
    } finally {
      entry.inFlight = false;
    }
  }

  function tick(): void {
    const now = clock.now().getTime();
    for (const entry of entries.values()) {
      if (entry.inFlight || entry.status.phase === FetchPhase.Fetched) continue;
      if (Date.parse(entry.status.dueAt) > now || Date.now() < entry.notBefore) continue;
      void attempt(entry);
    }
  }

  function statusOf(processId: string): BeaconFetchStatus[] {
    scan(processId);
    return [...entries.values()]
      .filter((entry) => entry.processId === processId)
      .map((entry) => ({ ...entry.status, failures: [...entry.status.failures] }));
  }

  const detachListener = ceremony.onEvents((processId) => scan(processId));

  return {
    /** Rescans every process (after a restart nothing is lost: what the log awaits is fetched again). */
    start(): void {
      for (const state of ceremony.list()) scan(state.id);
      timer = setInterval(() => tick(), tickMs);
      timer.unref();
      tick();
    },
    /** The beacons a process awaits or has just been given, for the console. */
    statusOf,
    /** "Réessayer maintenant": one attempt now for each round the process still awaits, without backoff. */
    async retryNow(processId: string): Promise<BeaconFetchStatus[]> {
      scan(processId);
      const pending = [...entries.values()].filter(
        (entry) =>
          entry.processId === processId &&
          !entry.inFlight &&
          entry.status.phase !== FetchPhase.Fetched,
      );
      await Promise.all(pending.map((entry) => attempt(entry)));
      return statusOf(processId);
    },
    stop(): void {
      if (timer !== undefined) clearInterval(timer);
      detachListener();
      stopping.abort();
    },
  };
}

export type BeaconFetcher = ReturnType<typeof createBeaconFetcher>;
