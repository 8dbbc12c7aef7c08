import { describe, expect, it } from 'vitest';
import { options } from 'preact';
import './effectTiming';

describe('effectTiming (effects right after the commit, in the browser build)', () => {
  it('flushes the effects Preact schedules in a microtask, not at the next frame', async () => {
    let flushed = 0;
    options.requestAnimationFrame?.(() => (flushed += 1));
    expect(flushed).toBe(0);
    await Promise.resolve();
    expect(flushed).toBe(1);
  });
});
