// Which pushed events can change the public results page. The page's answer needs the server (seat links,
// the audit bundle's digest), so it is fetched again, but only after events that can change the results:
// the floor, the timer and the facilitator's moves between phases never do (a reveal comes with its own
// ballots.revealed event). Anything else, unknown types and held-back entries included, counts.

import { RoomEventType } from '../../../shared/deliberation/roomEvents';

const WITHOUT_EFFECT_ON_RESULTS: ReadonlySet<string> = new Set([
  RoomEventType.TimerStarted,
  RoomEventType.HandRaised,
  RoomEventType.HandLowered,
  RoomEventType.AgendaMoved,
  RoomEventType.PhaseStarted,
]);

/** True when one of the pushed entries may change what the results page shows. */
export function changesResults(entries: readonly unknown[]): boolean {
  return entries.some((entry) => {
    const type =
      typeof entry === 'object' && entry !== null && 'type' in entry ? entry.type : undefined;
    return typeof type !== 'string' || !WITHOUT_EFFECT_ON_RESULTS.has(type);
  });
}
