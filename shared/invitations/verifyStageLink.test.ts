import { describe, expect, it } from 'vitest';
import vector from '../../fixtures/vectors/kleroterion-invitations-1.json';
import { commitmentHashOf } from '../lottery/seed';
import { stageTwoDraw } from '../testing/stageTwoDraw';
import type { InvitationsRecord } from './record';
import { verifyStageLink } from './verifyStageLink';

// Stage one: the known-answer vector (six invitations over three départements). Stage two: a plain draw
// among those who registered, its commitment naming stage one's record and the responses by stratum.
const stageOne = vector.record as InvitationsRecord;
const invited = stageOne.strata.flatMap((s) => s.selection.map((p) => p.id));
const stageTwo = (
  pool: readonly string[],
  options: { seats?: number; record?: unknown; registered?: readonly string[] } = {},
) => stageTwoDraw(options.record ?? stageOne, pool, options);

const failed = (report: { checks: { name: string; ok: boolean }[] }) =>
  report.checks.filter((c) => !c.ok).map((c) => c.name);

describe('the link between the stages', () => {
  it('passes when every registered person was invited and the counts agree', () => {
    const registered = [invited[0]!, invited[2]!, invited[3]!, invited[5]!];
    const { ids, record } = stageTwo(registered);
    const report = verifyStageLink(record, stageOne, { pool: ids });
    expect(failed(report)).toEqual([]);
    const names = report.checks.map((c) => c.name);
    expect(names.slice(0, 2)).toEqual(['stage-one-link', 'stage-one-record-hash']);
    expect(names).toContain('stage-one/allocation');
    expect(names.slice(-3)).toEqual([
      'stage-one-responses',
      'stage-one-selected',
      'stage-one-pool',
    ]);
    expect(report.checks.find((c) => c.name === 'stage-one-responses')?.detail).toBe(
      'stratum "Ain": 1 of 2 registered; stratum "Aisne": 2 of 2 registered; stratum "Allier": 1 of 2 registered',
    );
  });

  it('fails a stage-two id that was never invited, picked or only in the pool', () => {
    const stranger = 'ZZZZZZZZZZ';
    expect(invited).not.toContain(stranger);
    const picked = stageTwo([invited[0]!, stranger], { seats: 2, registered: [invited[0]!] });
    const report = verifyStageLink(picked.record, stageOne, { pool: picked.ids });
    expect(failed(report)).toEqual(['stage-one-responses', 'stage-one-selected', 'stage-one-pool']);
    expect(report.checks.find((c) => c.name === 'stage-one-selected')?.detail).toBe(
      '"ZZZZZZZZZZ", picked at stage two, was never invited at stage one',
    );
    // Published as if all had registered, the counts agree with the pool's size, not with stage one.
    const counted = stageTwo([invited[0]!, invited[1]!, stranger], { seats: 1 });
    expect(failed(verifyStageLink(counted.record, stageOne, { pool: counted.ids }))).toContain(
      'stage-one-pool',
    );
  });

  it('fails a doctored stage-one record by its hash and by its own checks', () => {
    const { record } = stageTwo(invited.slice(0, 3));
    const doctored = structuredClone(stageOne);
    doctored.strata[1]!.selection[0]!.id = doctored.strata[1]!.selection[1]!.id;
    const names = failed(verifyStageLink(record, doctored));
    expect(names[0]).toBe('stage-one-record-hash');
    expect(names.some((n) => n.startsWith('stage-one/'))).toBe(true);
  });

  it('fails a changed stratum allocation even when stage two names the changed record', () => {
    const changed = structuredClone(stageOne);
    changed.commitment.strata[0]!.invitations = 3;
    changed.commitment.strata[2]!.invitations = 1;
    changed.commitmentHash = commitmentHashOf(changed.commitment);
    const { record } = stageTwo(invited.slice(0, 3), { record: changed });
    const names = failed(verifyStageLink(record, changed));
    expect(names).toContain('stage-one/allocation');
    expect(names).not.toContain('stage-one-record-hash');
  });

  it('fails published counts that stage one contradicts, and a commitment without the link', () => {
    const { record } = stageTwo(invited.slice(0, 2));
    const inflated = structuredClone(record) as unknown as {
      commitment: { stageOne: { responses: { invited: number }[] } };
    };
    inflated.commitment.stageOne.responses[0]!.invited = 5;
    expect(failed(verifyStageLink(inflated, stageOne))).toEqual([
      'stage-one-responses',
      // The commitment changed, so its hash no longer matches, but that is stage two's own check.
    ]);
    const unlinked = structuredClone(record) as { commitment: { stageOne?: unknown } };
    delete unlinked.commitment.stageOne;
    expect(verifyStageLink(unlinked, stageOne).checks).toEqual([
      expect.objectContaining({ name: 'stage-one-link', ok: false }),
    ]);
  });
});
