import { describe, expect, it } from 'vitest';
import { canonicalize } from '../crypto/jcs';
import { utf8ToBytes } from '../crypto/bytes';
import { buildBundle } from '../audit/bundle';
import { verifyBundle, verifyBundleBytes } from '../audit/verifyBundle';
import { MAJORITY_GRADES } from '../scoring/gradingScale';
import { WithheldEntry, isWithheld, type Checkpoint } from '../events/publicLogEntry';
import { decidePublish } from '../scoring/resultCommands';
import { syntheticDeliberation } from '../testing/syntheticProcess';
import { verifyPublication } from '../process/verifyPublication';
import { roomViewFor } from './roomView';
import {
  checkpointProblems,
  deliberationProgress,
  firstWithheldSeq,
  isWithheldNow,
  publicLogOf,
  pushedEntries,
} from './confidentiality';

const grade = (dossier: number, seat: number) => MAJORITY_GRADES[(dossier + seat) % 7]!;
const recordOf = (builder: ReturnType<typeof deliberation>) =>
  utf8ToBytes(canonicalize(builder.current.record));

function deliberation(confidential: boolean | undefined) {
  return syntheticDeliberation({
    seats: 5,
    dossiers: 3,
    graded: 2,
    grade,
    ...(confidential === undefined ? {} : { confidential }),
  }).builder;
}

/** The checkpoints a server records: one per withheld event. */
const checkpointsOf = (builder: ReturnType<typeof deliberation>): Checkpoint[] =>
  publicLogOf(builder.log)
    .filter(isWithheld)
    .map((entry) => ({
      seq: entry.seq,
      hash: entry.hash,
      at: builder.log[entry.seq - 1]!.at,
    }));

describe('confidential deliberation', () => {
  it('reads an absent setting (older logs) as public, and withholds nothing', () => {
    const builder = deliberation(undefined);
    const opened = builder.log.find((e) => e.type === 'deliberation.opened')!;
    expect(opened.payload).not.toHaveProperty('confidential');
    expect(builder.current.room?.confidential).toBeUndefined();
    expect(isWithheldNow(builder.current)).toBe(false);
    expect(firstWithheldSeq(builder.log)).toBeUndefined();
    expect(publicLogOf(builder.log)).toEqual(builder.log);
    const report = verifyPublication('synthetic', builder.log, recordOf(builder));
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.name)).not.toContain('log-withheld');
  });

  it('withholds every event after deliberation.opened until results.published', () => {
    const builder = deliberation(true);
    const opened = builder.log.find((e) => e.type === 'deliberation.opened')!;
    expect(opened.payload).toMatchObject({ confidential: true });
    const publicLog = publicLogOf(builder.log);
    expect(publicLog).toHaveLength(builder.log.length);
    for (const entry of publicLog) {
      if (entry.seq <= opened.seq) expect(entry).toEqual(builder.log[entry.seq - 1]);
      else {
        expect(WithheldEntry.parse(entry)).toEqual({
          seq: entry.seq,
          hash: builder.log[entry.seq - 1]!.hash,
          withheld: true,
        });
      }
    }
    expect(JSON.stringify(publicLog)).not.toContain('ballots.revealed');
    expect(deliberationProgress(builder.current)).toEqual({
      dossiers: 3,
      examined: 2,
      remaining: 1,
    });
    // The public page's verifier checks the released prefix and accepts the withheld tail.
    const report = verifyPublication(
      'synthetic',
      JSON.parse(JSON.stringify(publicLog)),
      recordOf(builder),
    );
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.checks.map((c) => c.name)).toContain('log-withheld');

    // Pushes: withheld while in progress; at publication, every withheld event in full.
    const last = builder.log[builder.log.length - 1]!;
    expect(pushedEntries(builder.current, [last], () => builder.log)).toEqual([
      { seq: last.seq, hash: last.hash, withheld: true },
    ]);
    const before = builder.log.length;
    builder.then(decidePublish);
    const appended = builder.log.slice(before);
    const released = pushedEntries(builder.current, appended, () => builder.log);
    expect(released.map((e) => e.seq)).toEqual(
      builder.log.filter((e) => e.seq > opened.seq).map((e) => e.seq),
    );
    expect(released.some((e) => 'type' in e && e.type === 'ballots.revealed')).toBe(true);
    expect(publicLogOf(builder.log)).toEqual(builder.log);
  });

  it('shows observers counts and no reveal before publication; the facilitator and the projector see reveals', () => {
    const builder = deliberation(true);
    const none = { submittedSeats: [], ballotOf: () => undefined };
    const observer = roomViewFor(builder.current, { kind: 'observer' }, none);
    expect(observer.revealed).toEqual([]);
    expect(observer.withheld).toEqual({ dossiers: 3, examined: 2, remaining: 1 });
    const projector = roomViewFor(builder.current, { kind: 'projector' }, none);
    expect(projector.revealed).toHaveLength(2);
    expect(projector.withheld).toBeUndefined();
    expect(projector.revealed[0]).not.toHaveProperty('bySeat');
    expect(roomViewFor(builder.current, { kind: 'facilitator' }, none).revealed).toHaveLength(2);
    builder.then(decidePublish);
    const after = roomViewFor(builder.current, { kind: 'observer' }, none);
    expect(after.revealed).toHaveLength(2);
    expect(after.withheld).toBeUndefined();
    // A public deliberation shows observers each reveal live.
    const open = deliberation(false);
    expect(roomViewFor(open.current, { kind: 'observer' }, none).revealed).toHaveLength(2);
  });
});

describe('checkpoints in the audit bundle', () => {
  function publishedBundle() {
    const builder = deliberation(true);
    const checkpoints = checkpointsOf(builder);
    builder.then(decidePublish);
    return {
      builder,
      checkpoints,
      bundle: buildBundle(builder.current, builder.log, null, null, checkpoints),
    };
  }

  it('accepts a released chain that extends every head shown on the way', () => {
    const { bundle, checkpoints } = publishedBundle();
    expect(checkpoints.length).toBeGreaterThan(10);
    expect(bundle.checkpoints).toEqual(checkpoints);
    const report = verifyBundleBytes(utf8ToBytes(canonicalize(bundle)));
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    const check = report.checks.find((c) => c.name === 'checkpoints');
    expect(check).toMatchObject({ ok: true });
    expect(check?.number).toBe(report.checks.length);
  });

  it('fails the named check when the chain does not extend a recorded checkpoint', () => {
    const { bundle, checkpoints } = publishedBundle();
    // A head shown during the deliberation that the released chain does not pass through (a rewritten
    // history keeps its own hashes consistent, but not the heads the public saw).
    const shown = checkpoints[4]!;
    const tampered = structuredClone(bundle);
    tampered.checkpoints![4] = { ...shown, hash: 'f'.repeat(64) };
    const report = verifyBundle(tampered);
    expect(report.ok).toBe(false);
    const failed = report.checks.filter((c) => !c.ok);
    expect(failed.map((c) => c.name)).toEqual(['checkpoints']);
    expect(failed[0]!.detail).toContain(`event ${shown.seq}`);
    expect(failed[0]!.number).toBeGreaterThan(0);
    // A checkpoint beyond the released chain fails too.
    const beyond = structuredClone(bundle);
    beyond.checkpoints!.push({ seq: 10_000, hash: 'e'.repeat(64), at: shown.at });
    expect(verifyBundle(beyond).checks.find((c) => c.name === 'checkpoints')?.ok).toBe(false);
    expect(checkpointProblems(bundle.log, [{ ...shown, hash: 'f'.repeat(64) }])).toHaveLength(1);
  });

  it('leaves bundles without withheld events byte-identical to before (no checkpoints key)', () => {
    const builder = deliberation(undefined);
    builder.then(decidePublish);
    const bundle = buildBundle(builder.current, builder.log, null);
    expect(bundle).not.toHaveProperty('checkpoints');
    expect(verifyBundle(bundle).checks.find((c) => c.name === 'checkpoints')?.ok).toBe(true);
  });
});
