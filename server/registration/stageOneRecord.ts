// Builds the record of stage one's draw run in the console, over the register's ids as stored: the proof
// trees (server/register/registerTree.ts) give each pick its id and proof without holding the whole tree,
// so 20,000 invitations out of millions of ids stay cheap. The record is then kept through the same path
// as an uploaded one (its own verifier, the register's roots), which checks all of this again.
// Spec: docs/lottery-spec.md, sections 5–9 (kleroterion-draw/1) and 17.3–17.4 (kleroterion-invitations/1).

import { bytesToHex } from '../../shared/crypto/bytes';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import type { InvitationsCommitment } from '../../shared/invitations/commitment';
import { INVITATIONS_PROTOCOL } from '../../shared/invitations/commitment';
import { stratumIndices } from '../../shared/invitations/draw';
import type { InvitationsRecord } from '../../shared/invitations/record';
import { stratumSeed } from '../../shared/invitations/stratumSeed';
import {
  PickRole,
  type BeaconProof,
  type Commitment,
  type DrawRecord,
} from '../../shared/lottery/protocol';
import { commitmentHashOf, deriveSeed, deriveSeedHex } from '../../shared/lottery/seed';
import { selectIndices } from '../../shared/lottery/select';
import { loadRegisterProofTrees, type RegisterProofTree } from '../register/registerTree';
import type { RegisterRepository } from '../repositories/registerRepository';

const changed = (what: string): KleroterionError =>
  new KleroterionError(
    ErrorCode.TransitionRefused,
    `${what} is no longer the committed one: the register was imported again after the commitment, so this commitment cannot be drawn`,
  );

function checkTree(tree: RegisterProofTree | undefined, root: string, size: number, what: string) {
  if (tree === undefined || tree.size !== size || tree.rootHex() !== root) throw changed(what);
  return tree;
}

/**
 * The record of a committed stage one, once its values are known (checked when revealed).
 * @throws {KleroterionError} TRANSITION_REFUSED when the register's ids are not the committed ones.
 */
export async function buildStageOneRecord(
  register: RegisterRepository,
  processId: string,
  commitment: Commitment | InvitationsCommitment,
  values: readonly (string | null)[],
  beacons: readonly BeaconProof[],
): Promise<DrawRecord | InvitationsRecord> {
  const commitmentHash = commitmentHashOf(commitment);
  const sortedBeacons = [...beacons].sort((a, b) => a.source - b.source);
  if (commitment.protocol === INVITATIONS_PROTOCOL) {
    const invitations = commitment as InvitationsCommitment;
    const trees = await loadRegisterProofTrees(register, processId, {
      whole: false,
      strata: true,
    });
    const seed = deriveSeedHex(commitmentHash, values);
    return {
      protocol: INVITATIONS_PROTOCOL,
      commitment: invitations,
      commitmentHash,
      values: [...values],
      beacons: sortedBeacons,
      seed,
      strata: invitations.strata.map((stratum) => {
        const tree = checkTree(
          trees.strata.get(stratum.name),
          stratum.poolRoot,
          stratum.poolSize,
          `stratum ${JSON.stringify(stratum.name)}`,
        );
        return {
          name: stratum.name,
          seed: bytesToHex(stratumSeed(seed, stratum.name)),
          selection: stratumIndices(seed, stratum).map((index, i) => ({
            rank: i + 1,
            index,
            id: tree.idAt(index),
            proof: tree.proof(index),
          })),
        };
      }),
    };
  }
  const draw = commitment as Commitment;
  const trees = await loadRegisterProofTrees(register, processId, { whole: true, strata: false });
  const tree = checkTree(trees.whole, draw.poolRoot, draw.poolSize, 'the register');
  const seed = deriveSeed(commitmentHash, values);
  return {
    protocol: draw.protocol,
    commitment: draw,
    commitmentHash,
    values: [...values],
    seed: bytesToHex(seed),
    selection: selectIndices(seed, draw.poolSize, draw.seats, draw.alternates).map((index, i) => ({
      rank: i + 1,
      index,
      id: tree.idAt(index),
      role: i < draw.seats ? PickRole.Seat : PickRole.Alternate,
      proof: tree.proof(index),
    })),
    beacons: sortedBeacons,
  };
}
