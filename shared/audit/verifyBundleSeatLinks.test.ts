import { describe, expect, it } from 'vitest';
import { MAJORITY_GRADES } from '../scoring/gradingScale';
import { seatLinksDigest } from '../deliberation/seatLinks';
import { decidePublish } from '../scoring/resultCommands';
import { syntheticDeliberation } from '../testing/syntheticProcess';
import { buildBundle } from './bundle';
import { verifyBundle } from './verifyBundle';

const grade = (dossier: number, seat: number, criterion: string) =>
  MAJORITY_GRADES[(dossier + seat + criterion.length) % 7]!;

function bundleWithLinks(publishSeatGrades: boolean) {
  const { builder, seatSeals } = syntheticDeliberation({
    seats: 5,
    dossiers: 2,
    graded: 2,
    grade,
    rule: { publishSeatGrades },
    absences: [{ seat: 4, dossier: 0 }],
  });
  builder.then(decidePublish);
  return {
    bundle: buildBundle(builder.current, builder.log, publishSeatGrades ? seatSeals : null),
    builder,
  };
}

describe('seat links are bound to the log (regression: a seat number could be changed)', () => {
  it('commits each round’s links when scoring closes, only when the rule publishes them', () => {
    const closings = (publish: boolean) =>
      bundleWithLinks(publish).builder.log.filter((event) => event.type === 'scoring.closed');
    for (const event of closings(true))
      expect((event.payload as { seatLinks?: string }).seatLinks).toMatch(/^[0-9a-f]{64}$/);
    for (const event of closings(false))
      expect((event.payload as { seatLinks?: string }).seatLinks).toBeUndefined();
  });

  it('rejects a link moved to a seat that did not vote, and two seats swapping their seals', () => {
    const { bundle } = bundleWithLinks(true);
    expect(verifyBundle(bundle).ok).toBe(true);
    const links = bundle.seatSeals![0]!.seals;
    expect(links.map((l) => l.seat)).toEqual([1, 2, 3, 5]);
    const moved = structuredClone(bundle);
    moved.seatSeals![0]!.seals[3]!.seat = 4;
    expect(verifyBundle(moved).checks.find((c) => !c.ok)?.name).toBe('seat-links');
    const swapped = structuredClone(bundle);
    const [a, b] = swapped.seatSeals![1]!.seals;
    [a!.seal, b!.seal] = [b!.seal, a!.seal];
    expect(verifyBundle(swapped).checks.find((c) => !c.ok)?.name).toBe('seat-links');
  });

  it('digests the links whatever their order', () => {
    const links = [
      { seat: 2, seal: 'b'.repeat(64) },
      { seat: 1, seal: 'a'.repeat(64) },
    ];
    expect(seatLinksDigest(links)).toBe(seatLinksDigest([...links].reverse()));
    expect(seatLinksDigest(links)).not.toBe(
      seatLinksDigest([
        { seat: 1, seal: 'b'.repeat(64) },
        { seat: 2, seal: 'a'.repeat(64) },
      ]),
    );
  });
});
