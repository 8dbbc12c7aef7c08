import { afterAll, describe, expect, it } from 'vitest';
import { canonicalize } from '../shared/crypto/jcs';
import { buildBundle } from '../shared/audit/bundle';
import { decidePublish } from '../shared/scoring/resultCommands';
import { syntheticDeliberation } from '../shared/testing/syntheticProcess';
import { runScript, scratchFolder } from './testing/runScript';

const folder = scratchFolder();
afterAll(() => folder.dispose());

function genuineBundle() {
  const { builder } = syntheticDeliberation({
    seats: 9,
    dossiers: 3,
    grade: (d, seat) => (['excellent', 'tres-bien', 'passable'] as const)[(d + seat) % 3]!,
  });
  builder.then(decidePublish);
  return buildBundle(builder.current, builder.log, null);
}

describe('audit verify', () => {
  it('prints numbered checks and exits 0 on a genuine bundle', async () => {
    const file = folder.write('audit.json', `${canonicalize(genuineBundle())}\n`);
    const result = await runScript('audit', ['verify', file]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^PASS\s+1 bundle-file:/);
    for (const name of ['log-chain', 'grades', 'results', 'shortlist', 'results-hash'])
      expect(lines.some((line) => new RegExp(`^PASS\\s+\\d+ ${name}:`).test(line))).toBe(true);
    expect(lines.at(-1)).toMatch(/^OK: all \d+ checks passed/);
  });

  it('exits 1 and names the check when one grade count is changed', async () => {
    const bundle = genuineBundle();
    const counts = bundle.grades[0]!.counts['quality']!;
    counts['excellent'] = (counts['excellent'] ?? 0) + 1;
    const file = folder.write('changed.json', `${canonicalize(bundle)}\n`);
    const result = await runScript('audit', ['verify', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^FAIL\s+\d+ grades: differs from the log at grades\[0\]\.counts\.quality\.excellent/m,
    );
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(
      /^INVALID: 1 of \d+ checks failed \(\d+ grades\)/,
    );
  });

  it('exits 1 and names the checkpoints check when the log does not extend a head shown publicly', async () => {
    const { builder } = syntheticDeliberation({
      seats: 5,
      dossiers: 2,
      confidential: true,
      grade: (d, seat) => (['excellent', 'bien'] as const)[(d + seat) % 2]!,
    });
    // The heads shown while the deliberation was confidential: every event after it opened.
    const opened = builder.log.find((e) => e.type === 'deliberation.opened')!;
    const checkpoints = builder.log
      .filter((e) => e.seq > opened.seq)
      .map(({ seq, hash, at }) => ({ seq, hash, at }));
    builder.then(decidePublish);
    const genuine = buildBundle(builder.current, builder.log, null, null, checkpoints);
    const good = await runScript('audit', [
      'verify',
      folder.write('confidential.json', `${canonicalize(genuine)}\n`),
    ]);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/^PASS\s+\d+ checkpoints: the log extends each of the \d+ head/m);
    const rewritten = structuredClone(genuine);
    rewritten.checkpoints![2]!.hash = '0'.repeat(64);
    const bad = await runScript('audit', [
      'verify',
      folder.write('rewritten.json', `${canonicalize(rewritten)}\n`),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stdout.trim().split('\n').at(-1)).toMatch(
      /^INVALID: 1 of \d+ checks failed \(\d+ checkpoints\)/,
    );
  });

  it('exits 2 on a missing file or a bad command', async () => {
    expect((await runScript('audit', ['verify', folder.path('nothing.json')])).code).toBe(2);
    expect((await runScript('audit', ['check', 'x.json'])).code).toBe(2);
  });
});
