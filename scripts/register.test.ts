import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePoolText } from '../shared/lottery/poolText';
import { poolRootHex } from '../shared/lottery/merkle';
import { canonicalPool } from '../shared/lottery/poolId';
import { runScript, scratchFolder } from './testing/runScript';

const folder = scratchFolder();
afterAll(() => folder.dispose());
const SAMPLE = new URL('../fixtures/register/register-sample.csv', import.meta.url).pathname;

/** The canonical ids of a pool file, read as the draw's tools read it, and their root. */
function poolFileRoot(path: string): { ids: string[]; root: string } {
  const ids = canonicalPool(parsePoolText(readFileSync(path), path));
  return { ids, root: poolRootHex(ids) };
}

describe('register CLI', () => {
  it('writes pool files whose roots are the committed roots, and no contact data', async () => {
    const out = folder.path('out');
    const result = await runScript('register', [
      'import',
      SAMPLE,
      '--stratum',
      'departement',
      '--out',
      out,
    ]);
    expect(result.stderr).not.toMatch(/error/);
    expect(result.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'register.json'), 'utf8')) as {
      rows: number;
      root: string;
      strata: { name: string; size: number; root: string; poolFile: string }[];
    };
    expect(summary.rows).toBe(8);
    const whole = poolFileRoot(join(out, 'register.txt'));
    expect(whole.ids).toHaveLength(8);
    expect(whole.root).toBe(summary.root);
    // The file is already canonical: the draw reads it as written.
    expect(readFileSync(join(out, 'register.txt'), 'utf8')).toBe(`${whole.ids.join('\n')}\n`);
    expect(summary.strata.map((s) => s.name)).toEqual(['13', '69', '75']);
    let total = 0;
    for (const stratum of summary.strata) {
      const pool = poolFileRoot(join(out, stratum.poolFile));
      expect(pool.ids).toHaveLength(stratum.size);
      expect(pool.root).toBe(stratum.root);
      total += stratum.size;
    }
    expect(total).toBe(8);
    const published = [
      readFileSync(join(out, 'register.json'), 'utf8'),
      readFileSync(join(out, 'register.txt'), 'utf8'),
      result.stdout,
      result.stderr,
    ].join('\n');
    for (const word of ['Martin', 'Lilas', 'example.org', '75011', '1980'])
      expect(published).not.toContain(word);
  });

  it('names the bad line and field, and writes nothing', async () => {
    const bad = folder.write(
      'bad.csv',
      'nom;adresse;cp;ville\nA;1 rue;75001;Paris\nB;2 rue;;Lyon\n',
    );
    const out = folder.path('bad-out');
    const result = await runScript('register', ['import', bad, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /\[REGISTER_INVALID\].*line 3, code postal: code postal is empty/,
    );
    expect(() => readFileSync(join(out, 'register.json'))).toThrow();
  });
});
