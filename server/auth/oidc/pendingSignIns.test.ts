import { describe, expect, it } from 'vitest';
import { seededRandom, testClock } from '../../testing/testServer';
import { PENDING_SIGN_IN_LIFETIME_MS, createPendingSignIns } from './pendingSignIns';

const signIn = (n: number) => ({
  state: `state-${n}`,
  nonce: `nonce-${n}`,
  codeVerifier: `v-${n}`,
});

describe('pending sign-ins', () => {
  it('gives each back once, to the handle it was kept under', () => {
    const pending = createPendingSignIns(testClock('2026-01-01T00:00:00Z'), seededRandom('p'));
    const first = pending.add(signIn(1));
    const second = pending.add(signIn(2));
    expect(first).not.toBe(second);
    expect(Buffer.from(first, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(pending.take(second)).toEqual(signIn(2));
    expect(pending.take(second)).toBeUndefined();
    expect(pending.take(first)).toEqual(signIn(1));
    expect(pending.take(undefined)).toBeUndefined();
    expect(pending.take('x'.repeat(43))).toBeUndefined();
  });

  it('forgets one after ten minutes', () => {
    const clock = testClock('2026-01-01T00:00:00Z');
    const pending = createPendingSignIns(clock, seededRandom('p'));
    const kept = pending.add(signIn(1));
    const late = pending.add(signIn(2));
    clock.advance(PENDING_SIGN_IN_LIFETIME_MS - 1);
    expect(pending.take(kept)).toEqual(signIn(1));
    clock.advance(1);
    expect(pending.take(late)).toBeUndefined();
  });

  it('keeps at most a thousand, dropping the oldest first', () => {
    const pending = createPendingSignIns(testClock('2026-01-01T00:00:00Z'), seededRandom('p'));
    const handles = Array.from({ length: 1001 }, (_, n) => pending.add(signIn(n)));
    expect(pending.take(handles[0])).toBeUndefined();
    expect(pending.take(handles[1])).toEqual(signIn(1));
    expect(pending.take(handles[1000])).toEqual(signIn(1000));
  });
});
