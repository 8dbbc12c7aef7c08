import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { acknowledged } from './acknowledged';

const Payload = z.strictObject({ n: z.number().int() });

/** Calls the handler and returns what it acknowledged, with what it logged. */
async function answer(run: (payload: { n: number }) => unknown, payload: unknown) {
  const logged: unknown[] = [];
  let acked: unknown;
  await acknowledged(Payload, run, { error: (...args: unknown[]) => void logged.push(args) })(
    payload,
    (reply) => void (acked = reply),
  );
  return { acked, logged };
}

describe('a socket handler with an acknowledgement', () => {
  it('answers the action’s data', async () => {
    expect((await answer(({ n }) => n * 2, { n: 21 })).acked).toEqual({ ok: true, data: 42 });
  });

  it('refuses a malformed payload before the action runs', async () => {
    let ran = false;
    const { acked } = await answer(() => (ran = true), { n: 'x' });
    expect(acked).toMatchObject({ ok: false, error: { code: ErrorCode.ValidationFailed } });
    expect(ran).toBe(false);
  });

  it('passes a refusal of ours through with its code and words', async () => {
    const { acked, logged } = await answer(
      () => {
        throw new KleroterionError(ErrorCode.Forbidden, 'not yours');
      },
      { n: 1 },
    );
    expect(acked).toEqual({
      ok: false,
      error: { code: ErrorCode.Forbidden, message: 'not yours' },
    });
    expect(logged).toEqual([]);
  });

  it('answers INTERNAL for anything unexpected, logs it and tells the caller nothing of it', async () => {
    const { acked, logged } = await answer(
      () => {
        throw new Error('disk on fire at /var/secret');
      },
      { n: 1 },
    );
    expect(acked).toMatchObject({ ok: false, error: { code: ErrorCode.Internal } });
    expect(JSON.stringify(acked)).not.toContain('secret');
    expect(logged).toHaveLength(1);
  });

  it('does nothing without an acknowledgement to call', async () => {
    let ran = false;
    const handler = acknowledged(Payload, () => (ran = true), { error: () => undefined });
    await handler({ n: 1 }, undefined as never);
    expect(ran).toBe(false);
  });
});
