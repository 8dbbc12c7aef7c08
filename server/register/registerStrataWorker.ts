// A register commit's tree thread: builds each stratum's tree (a proof tree, or its root alone) from the
// ids the main thread sends in canonical order with their leaf hashes (hashed once, there); the whole
// register's tree runs on another such thread as a single stratum. Messages in: `{ ids, strata, leaves,
// count }` (16 ASCII bytes, a stratum number, 32 bytes each) or `{ end: true }`; out: `{ done: count }` per
// chunk, then `{ results }` (each stratum's size, root and, with `keepTrees`, its tree's buffers) or
// `{ error }`.

import { parentPort, workerData } from 'node:worker_threads';
import { bytesToHex } from '../../shared/crypto/bytes';
import { StreamingMerkleRoot } from '../../shared/lottery/merkleStream';
import { REGISTER_ID_LENGTH } from './registerIds';
import { RegisterProofTree, type RegisterProofTreeParts } from './registerTree';

const { sizes, keepTrees } = workerData as { sizes: number[]; keepTrees: boolean };
const strataCount = sizes.length;
const trees = keepTrees ? sizes.map((size) => new RegisterProofTree(size)) : [];
const roots = keepTrees ? [] : Array.from({ length: strataCount }, () => new StreamingMerkleRoot());

export interface StrataResult {
  size: number;
  root: string;
  tree: RegisterProofTreeParts | undefined;
}

parentPort?.on(
  'message',
  (m: {
    ids?: Uint8Array;
    strata?: Uint16Array;
    leaves?: Uint8Array;
    count?: number;
    end?: true;
  }) => {
    try {
      if (m.end === true) {
        const results: StrataResult[] = [];
        const transfer = new Set<ArrayBuffer>();
        for (let s = 0; s < strataCount; s++) {
          if (keepTrees) {
            const tree = trees[s] as RegisterProofTree;
            const parts = tree.toParts();
            results.push({ size: tree.size, root: tree.rootHex(), tree: parts });
            for (const b of [parts.ids, parts.blockRoots, ...parts.upper])
              transfer.add(b.buffer as ArrayBuffer);
          } else {
            const root = roots[s] as StreamingMerkleRoot;
            results.push({ size: root.size, root: bytesToHex(root.root()), tree: undefined });
          }
        }
        parentPort?.postMessage({ results }, [...transfer]);
        return;
      }
      const { ids, strata, leaves, count } = m as {
        ids: Uint8Array;
        strata: Uint16Array;
        leaves: Uint8Array;
        count: number;
      };
      for (let i = 0; i < count; i++) {
        const s = strata[i] as number;
        if (s === 0xffff) continue;
        if (s >= strataCount) throw new RangeError(`stratum ${s} of ${strataCount}`);
        const at = i * REGISTER_ID_LENGTH;
        if (keepTrees) (trees[s] as RegisterProofTree).addHashedBytes(ids, at, leaves, i * 32);
        else (roots[s] as StreamingMerkleRoot).addLeafHash(leaves, i * 32);
      }
      parentPort?.postMessage({ done: count });
    } catch (error) {
      parentPort?.postMessage({ error: (error as Error).message });
    }
  },
);
