// The register of each process for the HTTP routes: one import at a time per process, its progress kept
// for the console's polling while it runs, and the view of the register in use. Contact data never leaves
// server/register/ and its repository: the view holds counts, stratum names and sizes, and roots.

import type { Readable } from 'node:stream';
import type { RegisterView } from '../../shared/api/groups/register.contract';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import type { Db } from '../db/openDatabase';
import type { Clock } from '../ports';
import { createRegisterRepository } from '../repositories/registerRepository';
import { createStageOneCeremoniesRepository } from '../repositories/stageOneCeremoniesRepository';
import { importRegister, type RegisterProgress } from './registerImport';

export function createRegisterService(deps: {
  db: Db;
  clock: Clock;
  /** Throws PROCESS_NOT_FOUND for an unknown process. */
  requireProcess: (processId: string) => void;
}) {
  const { db, clock, requireProcess } = deps;
  const repository = createRegisterRepository(db);
  const ceremonies = createStageOneCeremoniesRepository(db);
  const running = new Map<string, RegisterProgress>();

  function view(processId: string): RegisterView {
    requireProcess(processId);
    const progress = running.get(processId);
    const current = repository.current(processId);
    return {
      importing:
        progress === undefined ? null : { ...progress, totalBytes: progress.totalBytes ?? null },
      register:
        current === undefined
          ? null
          : {
              fileName: current.fileName,
              rows: current.rowCount,
              root: current.root,
              stratumColumn: current.stratumColumn,
              strata: current.strata,
              importedAt: current.finishedAt,
            },
    };
  }

  return {
    view,
    /**
     * Streams an upload into the process's register; resolves with the view once committed.
     * @throws {KleroterionError} REGISTER_BUSY while another import of the process runs; REGISTER_INVALID;
     * TRANSITION_REFUSED once stage one is committed over the register in use.
     */
    async importFrom(
      processId: string,
      input: Readable,
      options: {
        fileName: string;
        stratumColumn: string | undefined;
        totalBytes: number | undefined;
      },
    ): Promise<RegisterView> {
      requireProcess(processId);
      // The commitment names the register's roots: a new register would leave it impossible to draw.
      if (ceremonies.find(processId) !== undefined) {
        input.resume();
        throw new KleroterionError(
          ErrorCode.TransitionRefused,
          'stage one is committed over the register in use: it can no longer be replaced',
        );
      }
      if (running.has(processId))
        throw new KleroterionError(
          ErrorCode.RegisterBusy,
          'a register import is already running for this process',
        );
      running.set(processId, {
        phase: 'reading',
        rowsRead: 0,
        bytesRead: 0,
        totalBytes: options.totalBytes,
      });
      try {
        await importRegister(db, input, {
          processId,
          fileName: options.fileName,
          stratumColumn: options.stratumColumn,
          totalBytes: options.totalBytes,
          now: () => clock.now().toISOString(),
          onProgress: (progress) => running.set(processId, progress),
        });
      } catch (error) {
        // The rest of the upload is read and dropped, so that the answer reaches the browser.
        input.resume();
        throw error;
      } finally {
        running.delete(processId);
      }
      return view(processId);
    },
  };
}

export type RegisterService = ReturnType<typeof createRegisterService>;
