import { describe, expect, it } from 'vitest';
import vector from '../../../fixtures/vectors/kleroterion-invitations-1.json';
import type { InvitationsRecord } from '../../../shared/invitations/record';
import { receiptStageOneParts } from '../../../shared/invitations/receiptStageOne';
import { parseStageOneRecord, stageOneRecordHash } from '../../../shared/invitations/stageLink';
import { auditPathHex, buildMerkleTree } from '../../../shared/lottery/merkle';
import type { PublicView } from '../../../shared/process/publicView';
import { stageTwoDraw } from '../../../shared/testing/stageTwoDraw';
import { checkReceipt } from './checkReceipt';

// The page's reading of the shared receipt check: which stage holds, which fails, in the outcome the
// verdict words. Stage one is the invitations vector; stage two a draw among four of its invitees.
const stageOne = vector.record as InvitationsRecord;
const invited = stageOne.strata.flatMap((s) => s.selection.map((p) => p.id));
const parts = receiptStageOneParts(parseStageOneRecord(stageOne)!, stageOneRecordHash(stageOne));
const { ids, record } = stageTwoDraw(stageOne, invited.slice(0, 4), { seats: 1 });
const tree = buildMerkleTree(ids);

/** The page's view of the process: committed (and drawn) unless `committed` is false. */
function viewOf(committed = true): PublicView {
  return {
    id: 'p-1',
    pool: {
      root: record.commitment.poolRoot,
      size: ids.length,
      importedAt: '2026-12-05T10:00:00Z',
    },
    commitment: committed
      ? { commitment: record.commitment, commitmentHash: record.commitmentHash }
      : undefined,
    record: committed ? record : undefined,
  } as unknown as PublicView;
}

const receiptOf = (id: string) => {
  const index = ids.indexOf(id);
  return {
    protocol: 'kleroterion-draw/1',
    version: 2,
    process: 'p-1',
    poolRoot: record.commitment.poolRoot,
    poolSize: ids.length,
    id,
    index,
    proof: auditPathHex(tree, index),
    stageOne: parts.get(id),
    url: 'https://example.org/p/p-1',
  };
};
const text = (receipt: unknown) => JSON.stringify(receipt, null, 2);

describe('the page’s receipt check of both stages', () => {
  it('reads an invitee in the pool and invited at stage one', () => {
    const outcome = checkReceipt(text(receiptOf(invited[2]!)), viewOf(), { record: stageOne });
    expect(outcome).toMatchObject({
      kind: 'in-pool',
      id: invited[2],
      stageOne: { kind: 'invited', stratum: 'Aisne', rank: 1, invitations: 2 },
    });
  });

  it('words each failed stage-one check as its own outcome', () => {
    const genuine = receiptOf(invited[1]!);
    const part = genuine.stageOne!;
    const stageOneOf = (receipt: unknown, input: Parameters<typeof checkReceipt>[2]) => {
      const outcome = checkReceipt(text(receipt), viewOf(), input);
      return outcome.kind === 'in-pool' || outcome.kind === 'invalid' ? outcome.stageOne : outcome;
    };
    const ok = { record: stageOne };
    expect(
      stageOneOf({ ...genuine, stageOne: { ...part, rank: part.rank === 1 ? 2 : 1 } }, ok),
    ).toEqual({
      kind: 'wrong-place',
    });
    expect(
      stageOneOf({ ...genuine, stageOne: { ...part, proof: part.proof.slice(1) } }, ok),
    ).toEqual({ kind: 'proof' });
    expect(
      stageOneOf({ ...genuine, stageOne: { ...part, recordHash: '0'.repeat(64) } }, ok),
    ).toEqual({ kind: 'other-record' });
    const doctored = structuredClone(stageOne);
    doctored.strata[2]!.selection.reverse();
    expect(stageOneOf(genuine, { record: doctored })).toEqual({ kind: 'record-altered' });
    expect(stageOneOf(genuine, 'unavailable')).toEqual({ kind: 'unavailable' });
    // An id stage two holds but stage one never invited: its receipt borrows an invitee's part.
    const stranger = stageTwoDraw(stageOne, [invited[0]!, 'ZZZZZZZZZZ'], { seats: 1 });
    const strangerView = {
      ...viewOf(),
      pool: { root: stranger.record.commitment.poolRoot, size: 2, importedAt: '' },
      commitment: { commitment: stranger.record.commitment, commitmentHash: '' },
      record: stranger.record,
    } as unknown as PublicView;
    const strangerReceipt = {
      id: 'ZZZZZZZZZZ',
      index: 1,
      proof: auditPathHex(buildMerkleTree(stranger.ids), 1),
      stageOne: part,
    };
    expect(checkReceipt(text(strangerReceipt), strangerView, ok)).toMatchObject({
      kind: 'in-pool',
      id: 'ZZZZZZZZZZ',
      stageOne: { kind: 'not-invited' },
    });
  });

  it('waits for the commitment to check stage one, and names an unreadable stage-one part', () => {
    const receipt = receiptOf(invited[0]!);
    expect(checkReceipt(text(receipt), viewOf(false))).toMatchObject({
      kind: 'in-pool',
      draw: 'not-yet',
      stageOne: { kind: 'pending' },
    });
    expect(checkReceipt(text({ ...receipt, version: 7 }), viewOf(), { record: stageOne })).toEqual({
      kind: 'malformed',
      problem: 'stage-one',
    });
    // A doctored stage-two path fails stage two, and stage one is still told apart.
    const outcome = checkReceipt(
      text({ ...receipt, proof: [...receipt.proof].reverse() }),
      viewOf(),
      { record: stageOne },
    );
    expect(outcome).toEqual({
      kind: 'invalid',
      stageOne: { kind: 'invited', stratum: 'Ain', rank: 1, invitations: 2 },
    });
  });
});
