import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import vector from '../fixtures/vectors/kleroterion-draw-1.json';
import invitations from '../fixtures/vectors/kleroterion-invitations-1.json';
import { canonicalize } from '../shared/crypto/jcs';
import { stageTwoDraw } from '../shared/testing/stageTwoDraw';
import { receiptStageOneParts } from '../shared/invitations/receiptStageOne';
import { parseStageOneRecord, stageOneRecordHash } from '../shared/invitations/stageLink';
import { auditPathHex, buildMerkleTree } from '../shared/lottery/merkle';
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

  it('with --stage-one, checks that stage two drew among stage one’s invitees', async () => {
    const stageOne = folder.write('stage-one.json', `${canonicalize(invitations.record)}\n`);
    const invited = invitations.record.strata.flatMap((s) => s.selection.map((p) => p.id));
    const run = async (name: string, ids: readonly string[], registered?: readonly string[]) => {
      const { record } = stageTwoDraw(invitations.record, ids, {
        seats: ids.length,
        ...(registered === undefined ? {} : { registered }),
      });
      const poolFile = folder.write(`${name}-pool.txt`, `${ids.join('\n')}\n`);
      const file = folder.write(`${name}.json`, `${canonicalize(record)}\n`);
      return runScript('verify', [file, '--pool', poolFile, '--stage-one', stageOne]);
    };
    const linked = await run('linked', invited.slice(1, 4));
    expect(linked.code).toBe(0);
    expect(linked.stdout).toMatch(/^PASS\s+\d+ stage-one-record-hash:/m);
    expect(linked.stdout).toMatch(/^PASS\s+\d+ stage-one\/allocation:/m);
    expect(linked.stdout).toMatch(/^PASS\s+\d+ stage-one-pool: all 3 ids of the stage-two pool/m);
    const stranger = await run('stranger', [invited[0]!, 'ZZZZZZZZZZ'], [invited[0]!]);
    expect(stranger.code).toBe(1);
    expect(stranger.stdout).toMatch(
      /^FAIL\s+\d+ stage-one-selected: "ZZZZZZZZZZ", picked at stage two, was never invited/m,
    );
    const notJson = folder.write('not-json.json', '{');
    const bad = await runScript('verify', [folder.path('linked.json'), '--stage-one', notJson]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not-json\.json is not JSON/);
  });

  it('verify receipt checks a receipt of both stages against the stage-two record and the stage-one record', async () => {
    const stageOneFile = folder.write(
      'receipt-stage-one.json',
      `${canonicalize(invitations.record)}\n`,
    );
    const invited = invitations.record.strata.flatMap((s) => s.selection.map((p) => p.id));
    const { ids, record } = stageTwoDraw(invitations.record, invited.slice(0, 4), { seats: 1 });
    const stageTwoFile = folder.write('receipt-stage-two.json', `${canonicalize(record)}\n`);
    const id = invited[2]!;
    const index = ids.indexOf(id);
    const parts = receiptStageOneParts(
      parseStageOneRecord(invitations.record)!,
      stageOneRecordHash(invitations.record),
    );
    const receipt = {
      protocol: 'kleroterion-draw/1',
      version: 2,
      process: 'p-1',
      poolRoot: record.commitment.poolRoot,
      poolSize: ids.length,
      id,
      index,
      proof: auditPathHex(buildMerkleTree(ids), index),
      stageOne: parts.get(id)!,
      url: 'https://example.org/p/p-1',
    };
    const run = (name: string, content: unknown, extra: string[] = []) =>
      runScript('verify', [
        'receipt',
        folder.write(name, JSON.stringify(content)),
        '--record',
        stageTwoFile,
        '--stage-one',
        stageOneFile,
        ...extra,
      ]);
    // The organiser's entry, as the receipts file holds it.
    const genuine = await run('receipt.json', { receipt, name: 'P', email: 'p@example.org' });
    expect(genuine.code).toBe(0);
    expect(genuine.stdout).toMatch(/^PASS 1 receipt:/m);
    expect(genuine.stdout).toMatch(/^PASS 2 pool-proof:/m);
    expect(genuine.stdout).toMatch(
      new RegExp(
        `^PASS 5 stage-one-invited: "${id}" was invited at stage one: stratum "Aisne", rank 1`,
        'm',
      ),
    );
    expect(genuine.stdout).toMatch(/^OK: all 6 checks passed/m);
    const moved = await run('moved.json', {
      ...receipt,
      stageOne: { ...receipt.stageOne, rank: 2 },
    });
    expect(moved.code).toBe(1);
    expect(moved.stdout).toMatch(/^FAIL 5 stage-one-invited:/m);
    expect(moved.stdout).toMatch(/INVALID: 1 of 6 checks failed \(5 stage-one-invited\)/);
    const json = await run('json.json', receipt, ['--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: true,
      stageOne: { stratum: 'Aisne', rank: 1 },
    });
    // Without the stage-one record, its check fails by name; without the stage-two record, a usage error.
    const alone = await runScript('verify', [
      'receipt',
      folder.path('receipt.json'),
      '--record',
      stageTwoFile,
    ]);
    expect(alone.code).toBe(1);
    expect(alone.stdout).toMatch(/^FAIL 4 stage-one-record: no stage-one record was given/m);
    const usage = await runScript('verify', ['receipt', folder.path('receipt.json')]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/needs the stage-two record: --record STAGE2\.json/);
  });

  it('exits 2 on unusable arguments', async () => {
    expect((await runScript('verify', [])).code).toBe(2);
    expect((await runScript('verify', [folder.path('missing.json')])).code).toBe(2);
  });
});
