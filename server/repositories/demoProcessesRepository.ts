// Owner of the private demo_processes table: which processes the server seeded as demonstrations, the
// recorded drand round each one committed to, where its organiser secret file was written, and that secret
// itself (a demonstration's only: the console reveals it in one click; a real process's never stays here).

import type { Db } from '../db/openDatabase';

export interface DemoProcess {
  processId: string;
  drandRound: number;
  secretFile: string;
  /** The demo's organiser secret (hex); undefined for a demo seeded before the server kept it. */
  organiserSecret?: string;
}

export function createDemoProcesses(db: Db) {
  const insert = db.prepare(
    'INSERT INTO demo_processes (process_id, drand_round, secret_file, organiser_secret) VALUES (?, ?, ?, ?)',
  );
  const select = db.prepare(
    'SELECT process_id, drand_round, secret_file, organiser_secret FROM demo_processes WHERE process_id = ?',
  );
  return {
    /** Runs `seed` in one transaction, so that a demo is committed and marked together or not at all. */
    atomically<T>(seed: () => T): T {
      return db.transaction(seed)();
    },
    mark(demo: DemoProcess): void {
      insert.run(demo.processId, demo.drandRound, demo.secretFile, demo.organiserSecret ?? null);
    },
    find(processId: string): DemoProcess | undefined {
      const row = select.get(processId) as
        | {
            process_id: string;
            drand_round: number;
            secret_file: string;
            organiser_secret: string | null;
          }
        | undefined;
      return row === undefined
        ? undefined
        : {
            processId: row.process_id,
            drandRound: row.drand_round,
            secretFile: row.secret_file,
            ...(row.organiser_secret === null ? {} : { organiserSecret: row.organiser_secret }),
          };
    },
    isDemo(processId: string): boolean {
      return select.get(processId) !== undefined;
    },
  };
}

export type DemoProcesses = ReturnType<typeof createDemoProcesses>;
