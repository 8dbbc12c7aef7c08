// The fault-injection run: a real server process, a drawn jury of 15 scoring as fast as acknowledgements
// come back, kill -9 at a seeded random moment, restart on the same data, and after each cycle a count of
// acknowledged actions lost or duplicated and a check of every chain; then the two torn-write cases.

import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import seedrandom from 'seedrandom';
import { backupDatabase } from '../../../server/ops/backupDatabase';
import { startServerProcess, type ServerProcess } from '../../../server/testing/serverProcess';
import { checkCycle } from './cycleCheck';
import { facilitator } from './facilitator';
import { setUpFaultJury } from './faultJury';
import { scriptedJuror, type ScriptedJuror } from './scriptedJuror';
import { crashLeftoverCase, tornWalCase, type TornVerdict } from './tornWrites';

export interface FaultRunOptions {
  cycles: number;
  seed: string;
  /** Scratch folder; the run creates `data/` and the torn-write copies in it. */
  workDir: string;
  /** The kill comes this many ms after scoring starts: uniformly in [min, max). */
  killAfterMs: { min: number; max: number };
  /** Acknowledgements each juror must get after coming back before the cycle ends. */
  acksAfterResume: number;
  /** Progress lines (one per cycle). */
  print?: (line: string) => void;
}

export interface CycleRow {
  cycle: number;
  killAfterMs: number;
  acknowledged: number;
  lost: number;
  duplicated: number;
  restartMs: number;
  resumeMs: number;
  chains: number;
  events: number;
  problems: string[];
}

export interface FaultRunReport {
  seed: string;
  cycles: CycleRow[];
  torn: TornVerdict[];
  /** An online backup taken in the first cycle while the jurors score, then checked. */
  backup: TornVerdict | undefined;
  /** Every broken invariant, cycle problems and torn-write problems together. */
  problems: string[];
}

const JURORS = 15;
// The demo data would only slow every restart down (its events are replayed at start-up).
const NO_DEMO = { KLEROTERION_DEMO: 'off' };
const RESUME_LIMIT_MS = 60_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function allResumed(jurors: readonly ScriptedJuror[]): Promise<number> {
  const deadline = performance.now() + RESUME_LIMIT_MS;
  for (;;) {
    const times = jurors.map((juror) => juror.resumedAt());
    if (times.every((t) => t !== undefined)) return Math.max(...(times as number[]));
    if (performance.now() > deadline) {
      const stuck = jurors.filter((juror) => juror.resumedAt() === undefined);
      throw new Error(
        `seats ${stuck.map((juror) => juror.ledger.seat).join(', ')} did not resume within 60 s: ${stuck
          .flatMap((juror) => juror.ledger.refusals)
          .join('; ')}`,
      );
    }
    await sleep(5);
  }
}

/** `npm run backup`'s code on the live data folder, while the server writes ballots. */
async function backUpWhileScoring(dataDir: string, workDir: string): Promise<TornVerdict> {
  const name = 'online backup while the jurors score';
  try {
    const report = await backupDatabase(dataDir, join(workDir, 'online.backup'));
    return {
      name,
      detail: `${report.bytes} bytes; ${report.processChains + report.callChains} chains, ${report.events} events verified`,
      problems: [],
    };
  } catch (error) {
    return { name, detail: 'failed', problems: [String(error)] };
  }
}

/** Runs the whole scenario; never throws for a broken invariant (see `problems`), only for a harness failure. */
export async function runFaults(options: FaultRunOptions): Promise<FaultRunReport> {
  // Kill moments and the torn frame come from their own stream, so the seed alone reproduces them
  // (the grades draw a number of values that depends on timing).
  const rng = seedrandom(`${options.seed}:faults`);
  const grades = seedrandom(`${options.seed}:grades`);
  const print = options.print ?? (() => {});
  const dataDir = join(options.workDir, 'data');
  const port = await freePort();
  let server: ServerProcess = await startServerProcess(dataDir, { port, env: NO_DEMO });
  let jury: Awaited<ReturnType<typeof setUpFaultJury>>;
  try {
    jury = await setUpFaultJury(server.url, dataDir, options.cycles + 1);
  } catch (error) {
    await server.kill9();
    throw error;
  }
  const chair = facilitator(server.url, jury.processId, jury.cookie);
  let jurors: ScriptedJuror[] = [];
  const rows: CycleRow[] = [];
  const torn: TornVerdict[] = [];
  let backup: TornVerdict | undefined;
  try {
    // Jurors take their seat by joining an open room.
    await chair.open();
    jurors = jury.tokens.map((token, i) =>
      scriptedJuror(server.url, jury.processId, i + 1, token, () => Math.floor(grades() * 1000)),
    );
    if (jurors.length !== JURORS) throw new Error(`expected ${JURORS} seats, got ${jurors.length}`);
    for (let cycle = 1; cycle <= options.cycles; cycle++) {
      const dossierId = jury.dossierIds[cycle - 1] as string;
      const actionsBefore = chair.acked.length;
      await chair.move(dossierId);
      await chair.phase(dossierId, 'presentation');
      await chair.phase(dossierId, 'scoring');
      for (const juror of jurors) juror.start(dossierId);
      const killAfterMs = Math.floor(
        options.killAfterMs.min + rng() * (options.killAfterMs.max - options.killAfterMs.min),
      );
      if (cycle === 1) backup = await backUpWhileScoring(dataDir, options.workDir);
      await sleep(killAfterMs);
      const killedAt = performance.now();
      await server.kill9();
      server = await startServerProcess(dataDir, { port, env: NO_DEMO });
      const readyAt = performance.now();
      const resumedAt = await allResumed(jurors);
      await Promise.all(jurors.map((juror) => juror.waitForAcks(options.acksAfterResume)));
      await Promise.all(jurors.map((juror) => juror.stop()));
      await chair.phase(dossierId, 'reveal');
      const ledgers = jurors.map((juror) => juror.ledger);
      const actions = chair.acked.slice(actionsBefore);
      const verdict = await checkCycle({
        url: server.url,
        dataDir,
        processId: jury.processId,
        dossierId,
        ledgers,
        actions,
      });
      const acknowledged =
        ledgers.reduce((sum, ledger) => sum + (ledger.acked.get(dossierId)?.length ?? 0), 0) +
        actions.length;
      const refusals = ledgers.flatMap((ledger) =>
        ledger.refusals.splice(0).map((refusal) => `seat ${ledger.seat} refused: ${refusal}`),
      );
      const row: CycleRow = {
        cycle,
        killAfterMs,
        acknowledged,
        lost: verdict.lost,
        duplicated: verdict.duplicated,
        restartMs: readyAt - killedAt,
        resumeMs: resumedAt - readyAt,
        chains: verdict.chains,
        events: verdict.events,
        problems: [...verdict.problems, ...refusals],
      };
      rows.push(row);
      print(formatCycle(row));
    }

    // The files of a server killed mid-write, copied before any restart touches them.
    const lastDossier = jury.dossierIds[options.cycles] as string;
    await chair.move(lastDossier);
    await chair.phase(lastDossier, 'presentation');
    await chair.phase(lastDossier, 'scoring');
    for (const juror of jurors) juror.start(lastDossier);
    await Promise.all(jurors.map((juror) => juror.waitForAcks(3)));
    await server.kill9();
    const crashDir = join(options.workDir, 'crash');
    mkdirSync(crashDir, { recursive: true });
    for (const file of ['kleroterion.sqlite', 'kleroterion.sqlite-wal', 'kleroterion.sqlite-shm'])
      if (existsSync(join(dataDir, file))) copyFileSync(join(dataDir, file), join(crashDir, file));
    await Promise.all(
      jurors.map((juror) => {
        const stopping = juror.stop();
        juror.close();
        return stopping;
      }),
    );
    const ledgers = jurors.map((juror) => juror.ledger);
    // Independent copies: both cases run at once.
    const pick = Math.floor(rng() * 1_000_000);
    torn.push(
      ...(await Promise.all([
        tornWalCase(crashDir, join(options.workDir, 'case-a'), (n) => pick % n),
        crashLeftoverCase(crashDir, join(options.workDir, 'case-b'), {
          processId: jury.processId,
          dossierId: lastDossier,
          ledgers,
        }),
      ])),
    );
  } finally {
    chair.close();
    for (const juror of jurors) juror.close();
    await server.kill9();
  }
  const problems = [
    ...rows.flatMap((row) => row.problems.map((p) => `cycle ${row.cycle}: ${p}`)),
    ...[...torn, ...(backup === undefined ? [] : [backup])].flatMap((verdict) =>
      verdict.problems.map((p) => `${verdict.name}: ${p}`),
    ),
  ];
  return { seed: options.seed, cycles: rows, torn, backup, problems };
}

export function formatCycle(row: CycleRow): string {
  return [
    String(row.cycle).padStart(5),
    String(row.killAfterMs).padStart(8),
    String(row.acknowledged).padStart(6),
    String(row.lost).padStart(5),
    String(row.duplicated).padStart(5),
    row.restartMs.toFixed(0).padStart(10),
    row.resumeMs.toFixed(0).padStart(9),
    `${row.chains} chains / ${row.events} events ${row.problems.length === 0 ? 'ok' : 'FAILED'}`.padStart(
      28,
    ),
  ].join(' ');
}

export const CYCLE_HEADER = `cycle  kill ms  acked  lost  dupl  restart ms  resume ms                  chain check`;
