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
});
