// Test helper: a PinnableClock over the test server's clock, so that tests seed the demonstration as
// server/index.ts does (pinned before the recorded round, then back to the time the test set).

import type { TestClock } from './testServer';
import type { PinnableClock } from '../demo/pinnableClock';

export function pinnableTestClock(clock: TestClock): PinnableClock {
  let resumeAt: string | undefined;
  return {
    now: () => clock.now(),
    pin: (at) => {
      resumeAt ??= clock.now().toISOString();
      clock.set(at.toISOString());
    },
    release: () => {
      if (resumeAt !== undefined) clock.set(resumeAt);
      resumeAt = undefined;
    },
  };
}
