// Options of `npm run bench:load`, parsed from the command line and checked with zod: how long, how many
// observers, how many public-page requests per second, how many jurors and how they pace their ballots.

import { parseArgs } from 'node:util';
import { z } from 'zod';

const count = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const LoadOptions = z.strictObject({
  /** Length of the measured run, in seconds. */
  durationSeconds: count(1, 3600),
  /** socket.io clients following the process's public log and the public room view. */
  observers: count(0, 10_000),
  /** Public-page requests per second, on a fixed schedule (open loop). */
  rps: count(0, 10_000),
  /** Jurors scoring; the process draws this many seats (from the fixture's 30 volunteers). */
  jurors: count(1, 30),
  /** Pause between a juror's ack and their next ballot; 0 = submit again as soon as the ack is back. */
  thinkMs: count(0, 60_000),
  /** Minimum time a dossier stays in scoring before the facilitator reveals it (once every juror has scored). */
  dossierSeconds: count(1, 3600),
  /** Seconds between the periodic reports. */
  reportSeconds: count(1, 3600),
  /** Writes a V8 CPU profile of the server child into this folder. */
  cpuProfileDir: z.string().min(1).optional(),
});
export type LoadOptions = z.infer<typeof LoadOptions>;

export const DEFAULT_LOAD_OPTIONS: LoadOptions = {
  durationSeconds: 300,
  observers: 1000,
  rps: 50,
  jurors: 15,
  thinkMs: 200,
  dossierSeconds: 10,
  reportSeconds: 30,
};

export const LOAD_USAGE = `usage: npm run bench:load -- [--duration SECONDS] [--observers N] [--rps N] [--jurors N]
                          [--think-ms MS] [--dossier-seconds S] [--report-seconds S] [--cpu-prof DIR]
  defaults: --duration 300 --observers 1000 --rps 50 --jurors 15 --think-ms 200 --dossier-seconds 10`;

/**
 * Reads the command line.
 * @throws {Error} naming the bad option (unknown flag, not a number, out of range).
 */
export function parseLoadOptions(args: string[]): LoadOptions {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      duration: { type: 'string' },
      observers: { type: 'string' },
      rps: { type: 'string' },
      jurors: { type: 'string' },
      'think-ms': { type: 'string' },
      'dossier-seconds': { type: 'string' },
      'report-seconds': { type: 'string' },
      'cpu-prof': { type: 'string' },
    },
  });
  const d = DEFAULT_LOAD_OPTIONS;
  const parsed = LoadOptions.safeParse({
    durationSeconds: values.duration ?? d.durationSeconds,
    observers: values.observers ?? d.observers,
    rps: values.rps ?? d.rps,
    jurors: values.jurors ?? d.jurors,
    thinkMs: values['think-ms'] ?? d.thinkMs,
    dossierSeconds: values['dossier-seconds'] ?? d.dossierSeconds,
    reportSeconds: values['report-seconds'] ?? d.reportSeconds,
    ...(values['cpu-prof'] === undefined ? {} : { cpuProfileDir: values['cpu-prof'] }),
  });
  if (!parsed.success)
    throw new Error(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
    );
  return parsed.data;
}
