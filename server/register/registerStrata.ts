// A thread that builds some of the commit's trees (registerStrataWorker.ts): the strata's, or the whole
// register's as a single "stratum" 0. The main thread feeds it each id with its tree's number and leaf hash
// in canonical order, a chunk at a time (at most a few chunks in flight: memory stays bounded), and gets
// back each tree's size, root and, if asked, the proof tree.

import { Worker } from 'node:worker_threads';
import { REGISTER_ID_LENGTH } from './registerIds';
import { RegisterProofTree } from './registerTree';
import type { StrataResult } from './registerStrataWorker';

const CHUNK_IDS = 32_768;
const IN_FLIGHT = 8;

export interface StrataThread {
  /** The next id (16 ASCII bytes at `src[offset ..]`), its stratum and its leaf hash (32 bytes). */
  add(src: Uint8Array, offset: number, stratumNo: number, leaf: Uint8Array): void;
  /** Resolves once the thread has room for more (call it between runs of ids). */
  drain(): Promise<void>;
  /** Each stratum's size, root and tree (with `keepTrees`), by stratum number; ends the thread. */
  finish(): Promise<{ size: number; root: string; tree: RegisterProofTree | undefined }[]>;
  /** Ends the thread at once (on failure). */
  stop(): Promise<void>;
}

/** A thread for as many trees as `sizes` gives (their expected sizes, so that each is allocated once). */
export function strataThread(sizes: readonly number[], keepTrees: boolean): StrataThread {
  const worker = new Worker(new URL('../../scripts/lib/workerBoot.mjs', import.meta.url), {
    workerData: {
      module: new URL('./registerStrataWorker.ts', import.meta.url).href,
      sizes: [...sizes],
      keepTrees,
    },
  });
  let failure: Error | undefined;
  const acks: { resolve: () => void; reject: (error: Error) => void }[] = [];
  let inFlight: Promise<void>[] = [];
  let finished: ((results: StrataResult[]) => void) | undefined;
  let failed: ((error: Error) => void) | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const a of acks.splice(0)) a.reject(failure);
    failed?.(failure);
  };
  worker.on('message', (m: { done?: number; results?: StrataResult[]; error?: string }) => {
    if (m.error !== undefined) fail(new Error(`register strata: ${m.error}`));
    else if (m.results !== undefined) finished?.(m.results);
    else acks.shift()?.resolve();
  });
  worker.on('error', fail);
  worker.on('exit', (code) => {
    if (finished === undefined) fail(new Error(`register strata thread stopped (exit ${code})`));
  });
  let ids = new Uint8Array(CHUNK_IDS * REGISTER_ID_LENGTH);
  let strata = new Uint16Array(CHUNK_IDS);
  let leaves = new Uint8Array(CHUNK_IDS * 32);
  let count = 0;
  const send = () => {
    if (count === 0) return;
    const sent = new Promise<void>((resolve, reject) => acks.push({ resolve, reject }));
    sent.catch(() => {}); // a failure is also thrown by drain or finish
    inFlight.push(sent);
    worker.postMessage({ ids, strata, leaves, count }, [ids.buffer, strata.buffer, leaves.buffer]);
    ids = new Uint8Array(CHUNK_IDS * REGISTER_ID_LENGTH);
    strata = new Uint16Array(CHUNK_IDS);
    leaves = new Uint8Array(CHUNK_IDS * 32);
    count = 0;
  };
  return {
    add(src, offset, stratumNo, leaf) {
      // Byte loops rather than subarray views: no object per id.
      const at = count * REGISTER_ID_LENGTH;
      for (let i = 0; i < REGISTER_ID_LENGTH; i++) ids[at + i] = src[offset + i] as number;
      strata[count] = stratumNo;
      const to = count * 32;
      for (let i = 0; i < 32; i++) leaves[to + i] = leaf[i] as number;
      count++;
      if (count === CHUNK_IDS) send();
    },
    async drain() {
      if (failure !== undefined) throw failure;
      while (inFlight.length > IN_FLIGHT) await inFlight.shift();
    },
    async finish() {
      send();
      try {
        await Promise.all(inFlight);
        inFlight = [];
        if (failure !== undefined) throw failure;
        const results = await new Promise<StrataResult[]>((resolve, reject) => {
          finished = resolve;
          failed = reject;
          worker.postMessage({ end: true });
        });
        return results.map(({ size, root, tree }) => ({
          size,
          root,
          tree: tree === undefined ? undefined : RegisterProofTree.fromParts(tree),
        }));
      } finally {
        finished ??= () => {};
        await worker.terminate();
      }
    },
    async stop() {
      finished ??= () => {};
      await worker.terminate();
    },
  };
}
