import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RoomEventType } from '../deliberation/roomEvents';
import type { ChainedEvent } from '../events/eventChain';
import { decidePublish } from '../scoring/resultCommands';
import { syntheticDeliberation } from '../testing/syntheticProcess';
import { foldProcess, type ProcessState } from './processState';
import { ProcessStage, processStage } from './processStage';
import {
  EMPTY_PUBLIC_LOG,
  foldOntoState,
  foldPublicLog,
  isWithheld,
  type PublicLogEntry,
  type PublicLogFold,
} from './publicLogFold';
import { publicView } from './publicView';

// A recorded process: ceremony, a deliberation on two of three dossiers, publication.
const { builder } = syntheticDeliberation({
  seats: 3,
  dossiers: 3,
  graded: 2,
  grade: (dossier, seat) => (dossier === 0 ? 'tres-bien' : seat === 1 ? 'passable' : 'bien'),
});
builder.then(decidePublish);
const log: readonly ChainedEvent[] = builder.log;

/** What a fresh fetch shows after the first `n` events: the public view and the stage. */
const freshAfter = (n: number) => {
  const state = foldProcess(log.slice(0, n)) as ProcessState;
  return { view: publicView(state), stage: processStage(state) };
};
const shown = (fold: PublicLogFold) => ({
  view: publicView(fold.state as ProcessState),
  stage: processStage(fold.state as ProcessState, fold.withheld),
});

/** Cuts `entries` into consecutive pushes at the given positions. */
function pushes<T>(entries: readonly T[], cuts: number[]): T[][] {
  const at = [...new Set(cuts.map((cut) => cut % (entries.length + 1)))].sort((a, b) => a - b);
  const batches: T[][] = [];
  let from = 0;
  for (const cut of [...at, entries.length]) {
    if (cut > from) batches.push(entries.slice(from, cut));
    from = Math.max(from, cut);
  }
  return batches;
}

describe('a reader folding pushed events', () => {
  it('reaches the view of a fresh fetch, however the log is cut into pushes and wherever it joined', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: log.length }),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.nat(3),
        (joinedAt, cuts, overlap) => {
          // The page fetched the log up to `joinedAt`, then received the rest as pushes, the first of
          // which may repeat events the fetch already held.
          const fetched = foldPublicLog(EMPTY_PUBLIC_LOG, log.slice(0, joinedAt));
          if (!fetched.ok) return false;
          let fold = fetched.fold;
          const rest = log.slice(Math.max(0, joinedAt - overlap));
          for (const batch of pushes(rest, cuts)) {
            const step = foldPublicLog(fold, batch);
            expect(step.ok).toBe(true);
            if (step.ok) fold = step.fold;
            expect(shown(fold)).toEqual(freshAfter(fold.lastSeq));
          }
          expect(fold.lastSeq).toBe(log.length);
          expect(fold.head).toBe(log[log.length - 1]?.hash);
          expect(shown(fold).stage).toBe(ProcessStage.Published);
          return true;
        },
      ),
      { numRuns: 40, seed: 13 },
    );
  });

  it('asks for the log again when a push leaves a gap or does not link to the head', () => {
    const fold = foldPublicLog(EMPTY_PUBLIC_LOG, log.slice(0, 10));
    if (!fold.ok) throw new Error('the recorded log folds');
    expect(foldPublicLog(fold.fold, log.slice(11, 13))).toEqual({ ok: false, reason: 'gap' });
    const forged = { ...(log[10] as ChainedEvent), prevHash: 'f'.repeat(64) };
    expect(foldPublicLog(fold.fold, [forged])).toEqual({ ok: false, reason: 'fork' });
    const tampered = { ...(log[10] as ChainedEvent), type: 'results.published', payload: {} };
    expect(foldPublicLog(fold.fold, [tampered])).toEqual({ ok: false, reason: 'refused' });
  });

  it('counts held-back entries, keeps the head, and refetches when publication releases them', () => {
    // A confidential deliberation: the room's events after its opening are held back on the public feed.
    const opened = log.findIndex((event) => event.type === RoomEventType.Opened);
    const published = log.length - 1;
    const entries: PublicLogEntry[] = log.map((event, i) =>
      i > opened && i < published ? { seq: event.seq, hash: event.hash, withheld: true } : event,
    );
    expect(entries.filter(isWithheld).length).toBeGreaterThan(10);
    const before = foldPublicLog(EMPTY_PUBLIC_LOG, entries.slice(0, published));
    if (!before.ok) throw new Error('the public entries fold');
    expect(before.fold.lastSeq).toBe(published);
    expect(before.fold.head).toBe(log[published - 1]?.hash);
    expect(shown(before.fold).stage).toBe(ProcessStage.Deliberation);
    // Nothing of the held-back contents reached the state.
    expect(before.fold.state?.room?.revealed).toEqual([]);
    expect(foldPublicLog(before.fold, entries.slice(published))).toEqual({
      ok: false,
      reason: 'released',
    });
    // The log fetched again after publication holds everything.
    const again = foldPublicLog(EMPTY_PUBLIC_LOG, log);
    expect(again.ok && shown(again.fold)).toEqual(freshAfter(log.length));
  });

  it('counts a held-back entry even before anything could be folded', () => {
    const start = foldPublicLog(EMPTY_PUBLIC_LOG, log.slice(0, 3));
    if (!start.ok) throw new Error('folds');
    const next = foldPublicLog(start.fold, [{ seq: 4, hash: 'a'.repeat(64), withheld: true }]);
    expect(next.ok && next.fold).toMatchObject({ lastSeq: 4, head: 'a'.repeat(64), withheld: 1 });
  });
});

describe('a whole state taking pushed events (the organiser’s console)', () => {
  it('equals the server’s fold of the whole chain after each push, however the log is cut', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: log.length }),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.nat(3),
        (fetchedAt, cuts, overlap) => {
          // The console fetched the state after `fetchedAt` events; the rest came as pushes, the first of
          // which may repeat events the fetch held.
          let state = foldProcess(log.slice(0, fetchedAt)) as ProcessState;
          for (const batch of pushes(log.slice(Math.max(0, fetchedAt - overlap)), cuts)) {
            const step = foldOntoState(state, batch);
            if (!step.ok) throw new Error(`refused: ${step.reason}`);
            state = step.state;
            expect(state).toEqual(foldProcess(log.slice(0, state.lastSeq)));
          }
          expect(state.lastSeq).toBe(log.length);
          return true;
        },
      ),
      { numRuns: 40, seed: 17 },
    );
  });

  it('asks for the state again on a withheld entry, a gap or a fork, and never changes what it holds', () => {
    const state = foldProcess(log.slice(0, 10)) as ProcessState;
    const copy = structuredClone(state);
    const next = log[10] as ChainedEvent;
    expect(foldOntoState(state, [{ seq: next.seq, hash: next.hash, withheld: true }])).toEqual({
      ok: false,
      reason: 'withheld',
    });
    // A withheld entry anywhere in the push: the events after it cannot be folded without it.
    expect(
      foldOntoState(state, [{ seq: next.seq, hash: next.hash, withheld: true }, log[11]!]),
    ).toEqual({ ok: false, reason: 'withheld' });
    expect(foldOntoState(state, log.slice(11, 13))).toEqual({ ok: false, reason: 'gap' });
    expect(foldOntoState(state, [{ ...next, prevHash: 'f'.repeat(64) }])).toEqual({
      ok: false,
      reason: 'fork',
    });
    expect(state).toEqual(copy);
  });
});
