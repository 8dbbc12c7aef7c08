// Loads a pool file into canonical order and builds its RFC 6962 tree. For large pools the right subtree
// under the root is hashed on a worker thread while this thread hashes the left one; the tree is identical
// (tested), only faster. One worker, not two: a second would compete with this thread while it sorts.

import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import {
  buildMerkleTree,
  hashLeaves,
  joinSubtrees,
  levelsAbove,
  splitPoint,
  type MerkleTree,
} from '../../shared/lottery/merkle';
import {
  duplicateError,
  firstAdjacentDuplicate,
  sortCanonical,
  validateIds,
  type PoolEntry,
} from '../../shared/lottery/poolId';
import { decodePoolText, splitPoolLines } from '../../shared/lottery/poolText';
import { isCsvPool, parsePoolCsv, readPoolBytes } from './poolFile';
import type { SubtreeReply, SubtreeTask } from './poolWorkerProtocol';

export interface LoadedPool {
  ids: string[];
  tree: MerkleTree;
}

/** Below this many bytes (~50,000 ids), starting a worker costs more than it saves. */
export const PARALLEL_THRESHOLD_BYTES = 512 * 1024;

/**
 * Reads, validates, orders and hashes a pool file (text, or CSV with an "id" column).
 * @throws {KleroterionError} the errors `canonicalPool` raises, with file and line.
 */
export async function loadPool(
  path: string,
  options: { parallel?: boolean } = {},
): Promise<LoadedPool> {
  const parallel =
    (options.parallel ?? availableParallelism() >= 2) &&
    statSync(path).size >= PARALLEL_THRESHOLD_BYTES;
  // The worker boots (~0.2 s) while this thread reads, validates and sorts.
  const worker = parallel ? startWorker() : undefined;
  try {
    const ids = readCanonicalIds(path);
    if (worker === undefined || ids.length < 2) return { ids, tree: buildMerkleTree(ids) };
    const k = splitPoint(ids.length);
    const right = worker.hash({ idsText: ids.slice(k).join('\n') });
    const leftLeaves = ids.slice(0, k);
    const left = levelsAbove(hashLeaves(leftLeaves), k);
    return { ids, tree: joinSubtrees(left, await right, ids.length) };
  } finally {
    void worker?.terminate();
  }
}

/** The pool's ids in canonical order, validated, with errors naming file and line. */
function readCanonicalIds(path: string): string[] {
  const bytes = readPoolBytes(path);
  let ids: string[];
  let entries: () => PoolEntry[];
  let lineOf: (position: number) => number | undefined;
  if (isCsvPool(path)) {
    const parsed = parsePoolCsv(bytes, path);
    ids = parsed.map((entry) => entry.id);
    entries = () => parsed;
    lineOf = (position) => parsed[position]?.line;
  } else {
    ids = splitPoolLines(decodePoolText(bytes, path));
    const fileOrder = ids.slice();
    entries = () => fileOrder.map((id, i) => ({ id, line: i + 1 }));
    lineOf = (position) => position + 1;
  }
  if (ids.length === 0)
    throw new KleroterionError(ErrorCode.PoolEmpty, `${path}: the pool has no ids`, { file: path });
  const needsUtf8Order = validateIds(ids, lineOf, path);
  sortCanonical(ids, needsUtf8Order);
  const duplicate = firstAdjacentDuplicate(ids);
  if (duplicate !== undefined) throw duplicateError(entries(), duplicate, path);
  return ids;
}

interface PoolWorker {
  hash(task: SubtreeTask): Promise<Uint8Array[]>;
  terminate(): Promise<number>;
}

function startWorker(): PoolWorker {
  const worker = new Worker(new URL('./workerBoot.mjs', import.meta.url), {
    workerData: { module: new URL('./poolWorker.ts', import.meta.url).href },
  });
  return {
    hash(task) {
      return new Promise((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        worker.once('error', onError);
        worker.once('message', (reply: SubtreeReply) => {
          worker.off('error', onError);
          if (reply.ok) resolve(reply.levels);
          else reject(new Error(`pool worker: ${reply.message}`));
        });
        worker.postMessage(task);
      });
    },
    terminate: () => worker.terminate(),
  };
}
