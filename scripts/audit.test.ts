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

  it('exits 2 on a missing file or a bad command', async () => {
    expect((await runScript('audit', ['verify', folder.path('nothing.json')])).code).toBe(2);
    expect((await runScript('audit', ['check', 'x.json'])).code).toBe(2);
  });
});
