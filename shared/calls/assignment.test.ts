import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chainEvent, type ChainedEvent } from '../events/eventChain';
import { assignPending, reviewerLoad } from './assignment';
import { decideAddReviewer, decideConflict, decideReceive } from './callCommands';
import { CallEventType, type CallEvent } from './callEvents';
import { activeReviewers, applyCallEvent, type CallState } from './callState';
import type { PublicContent } from './publicContent';

/** A call with `reviewers` reviewers and `applications` applications received in its window. */
function callWith(
  reviewers: number,
  applications: number,
): { state: CallState; log: ChainedEvent[] } {
  const log: ChainedEvent[] = [];
  let state: CallState | undefined;
  const push = (event: CallEvent, at = '2026-09-10T10:00:00.000Z') => {
    const chained = chainEvent(log[log.length - 1], event.type, at, event.payload);
    state = applyCallEvent(state, chained);
    log.push(chained);
  };
  push({
    type: CallEventType.Created,
    payload: {
      callId: 'c',
      settings: {
        title: 'Appel',
        description: 'Un appel.',
        opensAt: '2026-09-01T00:00:00.000Z',
        closesAt: '2026-10-01T00:00:00.000Z',
        refPrefix: 'AIC',
        year: 2026,
      },
    },
  });
  for (let r = 1; r <= reviewers; r++)
    push({
      type: CallEventType.ReviewerAdded,
      payload: { reviewer: `R${String(r).padStart(2, '0')}` },
    });
  for (let a = 1; a <= applications; a++)
    push({
      type: CallEventType.Received,
      payload: { ref: `AIC-2026-${String(a).padStart(3, '0')}`, digest: 'a'.repeat(64) },
    });
  return { state: state!, log };
}

describe('balanced assignment', () => {
  it('gives every application two distinct reviewers, loads within one of each other (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 80 }), (r, a) => {
        const { state } = callWith(r, a);
        const pairs = assignPending(state);
        expect(pairs).toHaveLength(a);
        let folded = state;
        let at = 0;
        for (const { ref, reviewers } of pairs) {
          expect(new Set(reviewers).size).toBe(2);
          folded = applyCallEvent(
            folded,
            chainEvent(
              undefined,
              CallEventType.Assigned,
              `2026-09-10T10:00:${String(at++ % 60).padStart(2, '0')}.000Z`,
              { ref, reviewers },
            ),
          );
        }
        const loads = [...reviewerLoad(folded).values()];
        expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
        expect(loads.reduce((x, y) => x + y, 0)).toBe(2 * a);
      }),
      { numRuns: 200 },
    );
  });

  it('replaces a conflicted reviewer with the least loaded one not already on the application', () => {
    const { state } = callWith(3, 3);
    let folded = state;
    for (const { ref, reviewers } of assignPending(state))
      folded = applyCallEvent(
        folded,
        chainEvent(undefined, CallEventType.Assigned, '2026-09-10T11:00:00.000Z', {
          ref,
          reviewers,
        }),
      );
    const first = folded.applications['AIC-2026-001']!;
    const [event] = decideConflict(folded, 'AIC-2026-001', first.reviewers[0]!).events;
    expect(event).toMatchObject({ type: CallEventType.ConflictDeclared });
    const replacement = (event!.payload as { replacement: string }).replacement;
    expect(first.reviewers).not.toContain(replacement);
  });

  it('refuses an application outside the window and a reference out of sequence', () => {
    const { state } = callWith(2, 1);
    const late = chainEvent(undefined, CallEventType.Received, '2026-10-01T00:00:00.000Z', {
      ref: 'AIC-2026-002',
      digest: 'b'.repeat(64),
    });
    expect(() => applyCallEvent(state, late)).toThrow(/not open/);
    const skipped = chainEvent(undefined, CallEventType.Received, '2026-09-20T00:00:00.000Z', {
      ref: 'AIC-2026-003',
      digest: 'b'.repeat(64),
    });
    expect(() => applyCallEvent(state, skipped)).toThrow(/AIC-2026-002/);
  });

  it('assigns each application as it arrives, balanced, never to a conflicted reviewer, and balances the waiting ones over reviewers who join later (property)', () => {
    const content = (n: number) => ({ title: `Projet ${n}` }) as unknown as PublicContent;
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant('apply'), fc.constant('join'), fc.constant('conflict')), {
          maxLength: 60,
        }),
        fc.nat(),
        (steps, pick) => {
          let { state, log } = callWith(0, 0);
          let n = 0;
          const at = '2026-09-10T12:00:00.000Z';
          const apply = (events: CallEvent[]) => {
            for (const event of events) {
              const chained = chainEvent(log[log.length - 1], event.type, at, event.payload);
              state = applyCallEvent(state, chained);
              log = [...log, chained];
            }
            return events;
          };
          for (const step of steps) {
            if (step === 'join') apply(decideAddReviewer(state).decision.events);
            else if (step === 'apply') {
              const { decision, ref } = decideReceive(state, content(++n), new Date(at));
              const events = apply(decision.events);
              // Assigned in the same decision as its receipt as soon as two reviewers exist.
              expect(events.some((e) => e.type === CallEventType.Assigned)).toBe(
                state.reviewers.length >= 2,
              );
              expect(state.applications[ref]!.reviewers.length > 0).toBe(
                state.reviewers.length >= 2,
              );
            } else {
              const assigned = state.order.filter(
                (ref) => state.applications[ref]!.reviewers.length > 0,
              );
              const ref = assigned[pick % Math.max(1, assigned.length)];
              if (ref === undefined) continue;
              const reviewer = activeReviewers(state.applications[ref]!)[pick % 2]!;
              try {
                apply(decideConflict(state, ref, reviewer).events);
              } catch {
                continue; // no other reviewer can take it
              }
            }
          }
          // With two reviewers or more, nothing waits; conflicted reviewers are never active.
          for (const ref of state.order) {
            const application = state.applications[ref]!;
            expect(application.reviewers.length > 0).toBe(state.reviewers.length >= 2);
            for (const reviewer of application.conflicts)
              expect(activeReviewers(application)).not.toContain(reviewer);
          }
          if (state.reviewers.length >= 2 && !steps.includes('conflict')) {
            const loads = [...reviewerLoad(state).values()];
            // Reviewers who joined late only take what was waiting: balance holds among those present
            // at each arrival, so the bound is checked when everyone was there from the start.
            if (steps.indexOf('apply') > steps.lastIndexOf('join'))
              expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
