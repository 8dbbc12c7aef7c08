import { describe, expect, it } from 'vitest';
import { PastedReceipt, Receipt, RECEIPT_PROTOCOL } from './receipt';

const issued = {
  protocol: RECEIPT_PROTOCOL,
  process: 'p-1',
  poolRoot: 'ab'.repeat(32),
  poolSize: 3,
  id: 'V-0002',
  index: 1,
  proof: ['cd'.repeat(32), 'ef'.repeat(32)],
  url: 'https://example.org/p/p-1',
};

describe('the receipt format', () => {
  it('accepts an issued receipt as issued and as pasted', () => {
    expect(Receipt.parse(issued)).toEqual(issued);
    expect(PastedReceipt.parse(issued)).toEqual(issued);
  });

  it('issues only its own fields; a paste needs only the id, position and path, and keeps the rest', () => {
    expect(Receipt.safeParse({ ...issued, name: 'x' }).success).toBe(false);
    expect(Receipt.safeParse({ ...issued, protocol: 'other/1' }).success).toBe(false);
    const pasted = { id: 'V-0002', index: 1, proof: [], note: 'mine' };
    expect(PastedReceipt.parse(pasted)).toEqual(pasted);
    expect(PastedReceipt.safeParse({ id: 'V-0002', proof: [] }).success).toBe(false);
    expect(PastedReceipt.safeParse({ ...pasted, index: -1 }).success).toBe(false);
  });

  it('issues a version-2 receipt with a stage-one part, and an old receipt still reads', () => {
    const stageOne = {
      recordHash: '12'.repeat(32),
      stratum: 'Ain',
      rank: 2,
      index: 6,
      proof: ['34'.repeat(32)],
    };
    const two = { ...issued, version: 2, stageOne };
    expect(Receipt.parse(two)).toEqual(two);
    // The order of the receipt files and mails: the stage-one part sits after the stage-two path.
    expect(Object.keys(Receipt.parse(two))).toEqual([
      'protocol',
      'version',
      'process',
      'poolRoot',
      'poolSize',
      'id',
      'index',
      'proof',
      'stageOne',
      'url',
    ]);
    expect(PastedReceipt.parse(two)).toEqual(two);
    expect(Receipt.safeParse({ ...two, version: 3 }).success).toBe(false);
    expect(Receipt.safeParse({ ...two, stageOne: { ...stageOne, rank: 0 } }).success).toBe(false);
    expect(Receipt.safeParse({ ...two, stageOne: { ...stageOne, name: 'x' } }).success).toBe(false);
    // A paste keeps a version or part it cannot read: the check names what is wrong with it.
    expect(PastedReceipt.parse({ ...two, version: 3 }).version).toBe(3);
    expect(PastedReceipt.parse(issued)).not.toHaveProperty('stageOne');
  });
});
