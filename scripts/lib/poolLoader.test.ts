import { afterAll, describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { bytesToHex } from '../../shared/crypto/bytes';
import { buildMerkleTree } from '../../shared/lottery/merkle';
import { canonicalPool } from '../../shared/lottery/poolId';
import { scratchFolder } from '../testing/runScript';
import { PARALLEL_THRESHOLD_BYTES, loadPool } from './poolLoader';

const folder = scratchFolder();
afterAll(() => folder.dispose());

function ids(count: number, seed: string): string[] {
  const random = seedrandom(seed);
  const out = new Set<string>();
  while (out.size < count)
    out.add(`V-${Math.floor(random() * 1e12).toString(36)}${random() < 0.01 ? 'é' : ''}`);
  return [...out];
}

describe('loadPool', () => {
  it('gives the same ids and tree on the worker path as the sequential reference', async () => {
    const list = ids(70_000, 'loader');
    const file = folder.write('big.txt', `${list.join('\r\n')}\r\n`);
    expect(Buffer.byteLength(list.join('\r\n'))).toBeGreaterThan(PARALLEL_THRESHOLD_BYTES);
    const parallel = await loadPool(file, { parallel: true });
    const reference = canonicalPool(list.map((id, i) => ({ id, line: i + 1 })));
    expect(parallel.ids).toEqual(reference);
    expect(parallel.tree.levels.map(bytesToHex)).toEqual(
      buildMerkleTree(reference).levels.map(bytesToHex),
    );
  });

  it('reports the same errors on the worker path', async () => {
    const list = ids(70_000, 'errors');
    const withDuplicate = [...list, list[123]!];
    const file = folder.write('dup.txt', withDuplicate.join('\n'));
    await expect(loadPool(file, { parallel: true })).rejects.toMatchObject({
      code: 'POOL_ID_DUPLICATE',
      message: expect.stringContaining(`lines 124 and ${withDuplicate.length}`),
    });
    const withBadLine = [...list];
    withBadLine[50_000] = ' padded';
    const bad = folder.write('bad.txt', withBadLine.join('\n'));
    await expect(loadPool(bad, { parallel: true })).rejects.toMatchObject({
      code: 'POOL_ID_WHITESPACE',
      details: expect.objectContaining({ line: 50_001 }),
    });
  });
});
