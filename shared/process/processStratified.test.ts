import timelockVector from '../../fixtures/vectors/kleroterion-timelock-1.json';
import { describe, expect, it } from 'vitest';
import type { ChainedEvent } from '../events/eventChain';
import type { StratifiedRecord } from '../stratify/stratifiedProtocol';
import { alternatesPerSeat, decideStratifiedCommit } from './decideStratifiedCommit';
import { DEFAULT_SETTINGS, EventType } from './processEvents';
import { applyEvent, ProcessStatus, type ProcessState } from './processState';
import { drawSelection, nextAlternateFor, ProcessCommitment } from './processStratified';

const HEX = (digit: string) => digit.repeat(64);
const proofOf = (id: string, features: Record<string, string>) => ({
  id,
  features,
  index: 0,
  proof: [],
});

/** Only the fields drawSelection reads: members and alternates. */
const record = {
  protocol: 'kleroterion-stratified/1',
  members: [proofOf('B', { g: 'f' }), proofOf('A', { g: 'm' })],
  alternates: [
    { seat: 'A', replacements: [proofOf('C', { g: 'm' }), proofOf('E', { g: 'm' })] },
    { seat: 'B', replacements: [proofOf('D', { g: 'f' })] },
  ],
} as unknown as StratifiedRecord;

function chained(seq: number, type: string, payload: unknown): ChainedEvent {
  return { seq, type, at: '2023-09-15T10:00:00Z', payload, prevHash: HEX('0'), hash: HEX('1') };
}

function draftWithPool(seats: number, alternates: number): ProcessState {
  const created = applyEvent(
    undefined,
    chained(1, EventType.ProcessCreated, {
      processId: 'p1',
      settings: { ...DEFAULT_SETTINGS, title: 'T', seats, alternates },
    }),
  );
  return applyEvent(
    created,
    chained(2, EventType.PoolImported, { poolSize: 40, poolRoot: HEX('a'), attributeColumns: [] }),
  );
}

const plan = {
  respondentsRoot: HEX('b'),
  respondentCount: 40,
  quotas: [{ category: 'g', feature: 'f', min: 3, max: 3 }],
  panelSize: 6,
  panelsRoot: HEX('c'),
  panelCount: 50,
};
const commitInput = {
  organiserSecretHash: HEX('d'),
  witnesses: [],
  drandRound: 657413,
  now: new Date('2023-09-15T10:00:00Z'),
  minDrandDelaySeconds: 60,
};

describe('drawSelection', () => {
  it('makes the members seats in UTF-8 order, then alternates round by round with their seat', () => {
    expect(drawSelection(record)).toEqual([
      { rank: 1, id: 'A', role: 'seat' },
      { rank: 2, id: 'B', role: 'seat' },
      { rank: 3, id: 'C', role: 'alternate', forSeat: 1 },
      { rank: 4, id: 'D', role: 'alternate', forSeat: 2 },
      { rank: 5, id: 'E', role: 'alternate', forSeat: 1 },
    ]);
    expect(drawSelection(undefined)).toEqual([]);
  });

  it('gives a freed seat the first waiting alternate of its own type', () => {
    expect(nextAlternateFor(record, [3, 4, 5], 2)).toBe(4);
    expect(nextAlternateFor(record, [3, 4, 5], 1)).toBe(3);
    expect(nextAlternateFor(record, [4, 5], 1)).toBe(5);
    expect(nextAlternateFor(record, [3, 5], 2)).toBeUndefined();
  });
});

describe('decideStratifiedCommit', () => {
  it('commits to the lottery with the process, pool and sources, valid for the event log', () => {
    const state = draftWithPool(6, 6);
    const { events } = decideStratifiedCommit(state, commitInput, plan);
    const event = events[0]!;
    expect(event.type).toBe(EventType.Committed);
    const payload = event.payload as { commitment: Record<string, unknown> };
    expect(payload.commitment).toMatchObject({
      protocol: 'kleroterion-stratified/1',
      process: 'p1',
      poolRoot: HEX('a'),
      poolSize: 40,
      seats: 6,
      alternates: 6,
      alternatesPerSeat: 1,
      panelsRoot: HEX('c'),
      panelCount: 50,
    });
    expect(ProcessCommitment.safeParse(payload.commitment).success).toBe(true);
    const next = applyEvent(state, chained(3, event.type, event.payload));
    expect(next.status).toBe(ProcessStatus.Committed);
    expect(next.values).toEqual([null, null]);
  });

  it('refuses a timelocked witness, which its verifier cannot open yet', () => {
    const withTimelock = {
      ...commitInput,
      witnesses: [{ label: 'Camille', timelock: timelockVector.ciphertext }],
    };
    expect(() => decideStratifiedCommit(draftWithPool(6, 0), withTimelock, plan)).toThrow(
      /does not take timelocked witnesses yet/,
    );
  });

  it('refuses a lottery of another panel size or pool, and a second commitment', () => {
    const state = draftWithPool(5, 0);
    expect(() => decideStratifiedCommit(state, commitInput, plan)).toThrow(/panels of 6/);
    expect(() =>
      decideStratifiedCommit(draftWithPool(6, 0), commitInput, { ...plan, respondentCount: 39 }),
    ).toThrow(/39 respondents/);
    const { events } = decideStratifiedCommit(draftWithPool(6, 0), commitInput, plan);
    const committed = applyEvent(
      draftWithPool(6, 0),
      chained(3, events[0]!.type, events[0]!.payload),
    );
    expect(() => decideStratifiedCommit(committed, commitInput, plan)).toThrow(/committed/);
  });

  it('spreads the alternates over the seats', () => {
    expect(alternatesPerSeat(15, 15)).toBe(1);
    expect(alternatesPerSeat(15, 16)).toBe(2);
    expect(alternatesPerSeat(6, 0)).toBe(0);
  });
});
