import { describe, expect, it } from 'vitest';
import { use } from './use';

/** What `use` threw, or the value it returned. */
function attempt<T>(read: () => T): { thrown: unknown } | { value: T } {
  try {
    return { value: read() };
  } catch (thrown) {
    return { thrown };
  }
}

describe('use (the browser build’s React 19 `use(promise)`)', () => {
  it('throws a pending promise itself (for <Suspense>), then reads its value once it is fulfilled', async () => {
    const promise = Promise.resolve('bonjour');
    expect(attempt(() => use(promise))).toEqual({ thrown: promise });
    await promise;
    expect(use(promise)).toBe('bonjour');
  });

  it('throws the reason of a rejected promise', async () => {
    const reason = new Error('dictionnaire introuvable');
    const promise = Promise.reject(reason);
    expect(attempt(() => use(promise))).toEqual({ thrown: promise });
    await promise.catch(() => undefined);
    expect(attempt(() => use(promise))).toEqual({ thrown: reason });
  });

  it('reads at once a promise that carries React’s fulfilled fields', () => {
    const promise = Object.assign(new Promise<number>(() => undefined), {
      status: 'fulfilled',
      value: 42,
    });
    expect(use(promise)).toBe(42);
  });

  it('refuses what is not a promise (a context is read with useContext)', () => {
    expect(() => use({} as PromiseLike<unknown>)).toThrow(TypeError);
  });
});
