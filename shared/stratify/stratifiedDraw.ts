// Drawing one panel of a committed stratified lottery: the seed exactly as kleroterion-draw/1, the panel
// index as the stream's first uniform(M), then, seat by seat in member order, `alternatesPerSeat`
// replacements drawn uniformly among the respondents of the same type (identical features, so every quota
// still holds) who are neither on the panel nor already called, in UTF-8 id order.
// Spec: docs/stratification.md, section "kleroterion-stratified/1".

import { canonicalize } from '../crypto/jcs';
import { auditPathHex, buildMerkleTree, merkleRoot, type MerkleTree } from '../lottery/merkle';
import { compareUtf8 } from '../lottery/poolId';
import type { BeaconProof } from '../lottery/protocol';
import { openRandomStream, uniformInt, type RandomStream } from '../lottery/randomStream';
import { commitmentHashOf, deriveSeed } from '../lottery/seed';
import { bytesToHex } from '../crypto/bytes';
import {
  panelLeaf,
  respondentLeaf,
  type RespondentProof,
  type StratifiedCommitment,
  type StratifiedRecord,
} from './stratifiedProtocol';

export interface StratifiedTable {
  /** Respondents in UTF-8 id order, with their features. */
  respondents: { id: string; features: Record<string, string> }[];
  tree: MerkleTree;
}

export function respondentsTable(
  respondents: readonly { id: string; features: Record<string, string> }[],
): StratifiedTable {
  const sorted = [...respondents].sort((a, b) => compareUtf8(a.id, b.id));
  return {
    respondents: sorted,
    tree: buildMerkleTree(sorted.map((r) => respondentLeaf(r.id, r.features))),
  };
}

export const treeRoot = (tree: MerkleTree): string => bytesToHex(merkleRoot(tree));

/** Panels (as member ids) → their tree, in the lottery's order. */
export const panelsTree = (panels: readonly (readonly string[])[]): MerkleTree =>
  buildMerkleTree(panels.map(panelLeaf));

const typeKey = (features: Record<string, string>) => canonicalize(features);

/** The alternates, seat by seat, from the stream after the panel index. */
export function drawAlternates(
  stream: RandomStream,
  table: StratifiedTable,
  memberIds: readonly string[],
  perSeat: number,
): { seat: string; replacements: string[] }[] {
  const onPanel = new Set(memberIds);
  const taken = new Set<string>();
  // Respondents of each type, in UTF-8 id order (the table's order).
  const ofType = new Map<string, string[]>();
  const keyOf = new Map<string, string>();
  for (const respondent of table.respondents) {
    const key = typeKey(respondent.features);
    keyOf.set(respondent.id, key);
    ofType.set(key, [...(ofType.get(key) ?? []), respondent.id]);
  }
  return memberIds.map((seat) => {
    const sameType = ofType.get(keyOf.get(seat) ?? '') ?? [];
    const replacements: string[] = [];
    for (let r = 0; r < perSeat; r++) {
      const candidates = sameType.filter((id) => !onPanel.has(id) && !taken.has(id));
      if (candidates.length === 0) break;
      const chosen = candidates[uniformInt(stream, candidates.length)]!;
      taken.add(chosen);
      replacements.push(chosen);
    }
    return { seat, replacements };
  });
}

export function proofOf(table: StratifiedTable, id: string): RespondentProof {
  const index = table.respondents.findIndex((r) => r.id === id);
  return {
    id,
    features: table.respondents[index]!.features,
    index,
    proof: auditPathHex(table.tree, index),
  };
}

/** Draws the record once every source's value is known. */
export function stratifiedRecord(input: {
  commitment: StratifiedCommitment;
  values: (string | null)[];
  beacons: BeaconProof[];
  table: StratifiedTable;
  /** The committed panels, as member ids, in the lottery's order. */
  panels: readonly (readonly string[])[];
}): StratifiedRecord {
  const commitmentHash = commitmentHashOf(input.commitment);
  const seed = deriveSeed(commitmentHash, input.values);
  const stream = openRandomStream(seed);
  const panelIndex = uniformInt(stream, input.commitment.panelCount);
  const members = [...input.panels[panelIndex]!].sort(compareUtf8);
  const alternates = drawAlternates(
    stream,
    input.table,
    members,
    input.commitment.alternatesPerSeat,
  );
  return {
    protocol: 'kleroterion-stratified/1',
    commitment: input.commitment,
    commitmentHash,
    values: input.values,
    beacons: input.beacons,
    seed: bytesToHex(seed),
    panelIndex,
    panelProof: auditPathHex(panelsTree(input.panels), panelIndex),
    members: members.map((id) => proofOf(input.table, id)),
    alternates: alternates.map(({ seat, replacements }) => ({
      seat,
      replacements: replacements.map((id) => proofOf(input.table, id)),
    })),
  };
}
