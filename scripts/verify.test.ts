import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import vector from '../fixtures/vectors/kleroterion-draw-1.json';
import { runScript, scratchFolder } from './testing/runScript';

const folder = scratchFolder();
afterAll(() => folder.dispose());
const pool = folder.write('pool.txt', `${vector.poolIds.join('\n')}\n`);

async function genuineRecord(): Promise<string> {
  const result = await runScript('draw', [
    'record',
    '--pool',
    pool,
    '--seats',
    '4',
    '--alternates',
    '2',
    '--source',
    'loto=1 2 3',
  ]);
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('verify', () => {
  it('prints one numbered line per check and exits 0 on a genuine record', async () => {
    const file = folder.write('ok.json', await genuineRecord());
    const result = await runScript('verify', [file]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^PASS\s+1 record-file:/);
    expect(lines.filter((line) => /^PASS\s+\d+ (pick|proof)-\d+:/.test(line))).toHaveLength(12);
    expect(lines.at(-1)).toMatch(/^OK: all \d+ checks passed/);
  });

  it('exits 1 and names the failed checks when a pick is swapped', async () => {
    const record = JSON.parse(await genuineRecord());
    [record.selection[0].id, record.selection[1].id] = [
      record.selection[1].id,
      record.selection[0].id,
    ];
    const file = folder.write('swapped.json', `${JSON.stringify(record)}\n`);
    const result = await runScript('verify', [file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAIL\s+\d+ proof-1:/m);
    expect(result.stdout).toMatch(/INVALID: .*proof-1.*proof-2/);
  });

  it('checks the pool file when given and names a foreign pool', async () => {
    const file = folder.write('ok2.json', await genuineRecord());
    const other = folder.write('other.txt', `${vector.poolIds.slice(1).join('\n')}\nZZZZZZZZZZ\n`);
    const result = await runScript('verify', [file, '--pool', other]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/FAIL\s+\d+ pool-root:/);
  });

  it('rejects a record that is not in canonical form', async () => {
    const pretty = JSON.stringify(JSON.parse(await genuineRecord()), null, 2);
    const file = folder.write('pretty.json', pretty);
    const result = await runScript('verify', [file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAIL\s+1 record-file: the file is not in canonical form/m);
  });

  it('reports malformed JSON with its line and column', async () => {
    const file = folder.write('broken.json', '{\n  "protocol": "kleroterion-draw/1",\n  oops\n}');
    const result = await runScript('verify', [file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/record-file: the file is not valid JSON: .*line 3, column 3/);
  });

  it('reports a structurally wrong record as a failed record-structure check', async () => {
    const file = folder.write('wrong.json', '{"protocol":"kleroterion-draw/1","seed":"00"}\n');
    const result = await runScript('verify', [file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/FAIL\s+2 record-structure: record is malformed/);
  });

  it('emits a machine-readable report with --json', async () => {
    const file = folder.write('ok3.json', await genuineRecord());
    const result = await runScript('verify', [file, '--json']);
    const report = JSON.parse(result.stdout);
    expect(report.ok).toBe(true);
    expect(report.checks[0]).toEqual(
      expect.objectContaining({ number: 1, name: 'record-file', ok: true }),
    );
    expect(readFileSync(file, 'utf8').endsWith('\n')).toBe(true);
  });

  it('exits 2 on unusable arguments', async () => {
    expect((await runScript('verify', [])).code).toBe(2);
    expect((await runScript('verify', [folder.path('missing.json')])).code).toBe(2);
  });
});
