// A clock that can be pinned to a past instant while the demonstration's history is replayed through the
// real services (a call that opened and closed weeks ago), then released to follow real time again.

import type { Clock } from '../ports';

export interface PinnableClock extends Clock {
  pin(at: Date): void;
  release(): void;
}

export function pinnableClock(inner: Clock): PinnableClock {
  let pinned: Date | undefined;
  return {
    now: () => (pinned === undefined ? inner.now() : new Date(pinned)),
    pin: (at) => (pinned = new Date(at)),
    release: () => (pinned = undefined),
  };
}
