import { afterAll, describe, expect, it } from 'vitest';
import example from '../fixtures/vectors/rfc3797-example.json';
import { runScript, scratchFolder } from './testing/runScript';

const folder = scratchFolder();
afterAll(() => folder.dispose());
const names = folder.write('names.txt', `${example.pool.join('\n')}\n`);

describe('rfc3797 CLI', () => {
  it('reproduces the 16 rows of the RFC worked example as RANK POSITION NAME', async () => {
    const sources = example.sources.map((values) => ['--source', values.join(' ')]).flat();
    const result = await runScript('rfc3797', ['--pool', names, '--select', '16', ...sources]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      example.rows.map((row) => `${row.draw} ${row.position} ${row.name}\n`).join(''),
    );
  });

  it('shows the key and digests with --verbose, on stderr', async () => {
    const sources = example.sources.map((values) => ['--source', values.join(' ')]).flat();
    const result = await runScript('rfc3797', [
      '--pool',
      names,
      '--select',
      '2',
      '--verbose',
      ...sources,
    ]);
    expect(result.stderr).toContain(`key: ${example.key}`);
    expect(result.stderr).toContain(example.rows[0]!.md5);
  });

  it('accepts the float form', async () => {
    const result = await runScript('rfc3797', [
      '--pool',
      names,
      '--select',
      '3',
      '--source',
      'float 3.14 2.5',
      '--verbose',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('key: 2.53.14/');
    expect(result.stdout.trim().split('\n')).toHaveLength(3);
  });

  it('rejects negative numbers and oversized selections without output', async () => {
    const negative = await runScript('rfc3797', [
      '--pool',
      names,
      '--select',
      '3',
      '--source',
      '2 -5',
    ]);
    expect(negative.code).toBe(2);
    expect(negative.stderr).toMatch(/INVALID_NUMBER.*negative/);
    expect(negative.stdout).toBe('');
    const tooMany = await runScript('rfc3797', [
      '--pool',
      names,
      '--select',
      '26',
      '--source',
      '1',
    ]);
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toMatch(/SEATS_EXCEED_POOL/);
  });

  it('rejects duplicate names, naming both lines', async () => {
    const dup = folder.write('dup.txt', 'Ann\nBob\nAnn\n');
    const result = await runScript('rfc3797', ['--pool', dup, '--select', '1', '--source', '1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/lines 1 and 3/);
  });
});
