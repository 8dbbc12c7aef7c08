// Where the import's checked rows go: straight into SQLite on this thread (an in-memory database, the
// tests), or to a writer thread with its own connection to the database file, so that the inserts overlap
// the parsing. At most a few batches are in flight: memory stays bounded.

import { Worker } from 'node:worker_threads';
import type { Db } from '../db/openDatabase';
import type { RegisterRepository } from '../repositories/registerRepository';

export interface RowWriter {
  /** Queues a batch of flattened rows; resolves when another batch may be sent. */
  write(values: unknown[]): Promise<void>;
  /**
   * Waits for every batch to be written (or the first failure), indexes the ids if asked (the writer
   * thread does it on its own connection, so that the main thread can work meanwhile), then releases the
   * writer. Calling it again does nothing more.
   */
  close(options?: { index: boolean }): Promise<void>;
}

const IN_FLIGHT = 3;

export function inThreadWriter(
  db: Db,
  repository: RegisterRepository,
  importNo: number,
): RowWriter {
  const insert = repository.rowInserter(importNo);
  const batch = db.transaction((values: unknown[]) => insert(values));
  return {
    write: async (values) => {
      batch(values);
      // Lets the server answer other requests between batches.
      await new Promise<void>((resolve) => setImmediate(resolve));
    },
    close: async (options) => {
      if (options?.index === true) repository.indexIds(importNo);
    },
  };
}

export function threadWriter(file: string, importNo: number): RowWriter {
  const worker = new Worker(new URL('../../scripts/lib/workerBoot.mjs', import.meta.url), {
    workerData: {
      module: new URL('./registerWriterWorker.ts', import.meta.url).href,
      file,
      importNo,
    },
  });
  const waiting: { resolve: () => void; reject: (error: Error) => void }[] = [];
  let failure: Error | undefined;
  let closed: (() => void) | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const w of waiting.splice(0)) w.reject(failure);
    closed?.();
  };
  worker.on('message', (message: { written?: number; closed?: true; error?: string }) => {
    if (message.error !== undefined) fail(new Error(`register writer: ${message.error}`));
    else if (message.closed === true) closed?.();
    else waiting.shift()?.resolve();
  });
  worker.on('error', fail);
  worker.on('exit', (code) => {
    if (closed === undefined) fail(new Error(`register writer stopped (exit ${code})`));
  });
  let inFlight: Promise<void>[] = [];
  let closing: Promise<void> | undefined;
  return {
    async write(values) {
      if (failure !== undefined) throw failure;
      inFlight.push(new Promise<void>((resolve, reject) => waiting.push({ resolve, reject })));
      worker.postMessage({ rows: values });
      if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
    },
    close(options) {
      closing ??= (async () => {
        try {
          await Promise.all(inFlight);
        } finally {
          inFlight = [];
          if (failure === undefined) {
            await new Promise<void>((resolve) => {
              closed = resolve;
              worker.postMessage({ close: true, index: options?.index === true });
            });
          }
          await worker.terminate();
        }
        if (failure !== undefined) throw failure;
      })();
      return closing;
    },
  };
}
