// The committed pool of a process as a Merkle tree (kept in memory per pool root, rebuilt from the
// volunteers' pseudonyms when the server restarts), and each volunteer's receipt: their id, position and
// audit path to the root and, when the pool came from a stage one, where they were invited. A receipt holds
// no personal data. Spec: docs/lottery-spec.md, sections 2 and 18 ("The volunteer's receipt").

import type { Db } from '../db/openDatabase';
import { createVolunteersRepository } from '../repositories/volunteersRepository';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { auditPathHex, buildMerkleTree, type MerkleTree } from '../../shared/lottery/merkle';
import type { ProcessState } from '../../shared/process/processState';
import {
  RECEIPT_PROTOCOL,
  RECEIPT_VERSION_STAGES,
  type Receipt,
  type ReceiptStageOne,
} from '../../shared/api/receipt';

export type { Receipt } from '../../shared/api/receipt';

/**
 * A volunteer's receipt for the pool of `state`, checked on the public page at `publicUrl`/p/<id>: version 1,
 * or version 2 with `stageOne`, their invitation (server/registration/receiptStageOnes.ts).
 */
export function receiptFor(
  state: ProcessState,
  tree: MerkleTree,
  id: string,
  index: number,
  publicUrl: string,
  stageOne?: ReceiptStageOne,
): Receipt {
  return {
    protocol: RECEIPT_PROTOCOL,
    ...(stageOne === undefined ? {} : { version: RECEIPT_VERSION_STAGES }),
    process: state.id,
    poolRoot: state.pool!.root,
    poolSize: state.pool!.size,
    id,
    index,
    proof: auditPathHex(tree, index),
    ...(stageOne === undefined ? {} : { stageOne }),
    url: `${publicUrl}/p/${state.id}`,
  };
}

export function createPoolTrees(db: Db) {
  const trees = new Map<string, { root: string; ids: string[]; tree: MerkleTree }>();
  const volunteers = createVolunteersRepository(db);
  return {
    /** The pool's ids and tree, for the root `state` names. */
    poolOf(processId: string, state: ProcessState): { ids: string[]; tree: MerkleTree } {
      const root = state.pool?.root;
      if (root === undefined)
        throw new KleroterionError(ErrorCode.TransitionRefused, 'no volunteers imported');
      const cached = trees.get(processId);
      if (cached?.root === root) return cached;
      const ids = volunteers.pseudonyms(processId);
      const tree = buildMerkleTree(ids);
      trees.set(processId, { root, ids, tree });
      return { ids, tree };
    },
    /** Keeps the tree an import just built, so the commitment does not rebuild it. */
    remember(processId: string, root: string, ids: string[], tree: MerkleTree): void {
      trees.set(processId, { root, ids, tree });
    },
  };
}
