// The facilitator's speaking-time tally: folded from each view's floor, kept in this tab's sessionStorage
// so a reload keeps the counts (it is never sent to the server nor logged).
import { useEffect, useState } from 'react';
import type { RoomView } from '../../../shared/deliberation/roomView';
import { emptyTally, foldFloor, type SpeakingTally } from './speakingTimes';

const storageKey = (processId: string) => `kleroterion.speaking.${processId}`;

function load(processId: string): SpeakingTally {
  try {
    const stored = sessionStorage.getItem(storageKey(processId));
    return stored === null ? emptyTally() : (JSON.parse(stored) as SpeakingTally);
  } catch {
    return emptyTally();
  }
}

export function useSpeakingTimes(view: RoomView, serverNow: number | undefined): SpeakingTally {
  const [tally, setTally] = useState(() => load(view.processId));
  const floor = view.floor;
  useEffect(() => {
    // A turn taken back is closed at the server time it is seen; wait for the clock to be measured.
    if (serverNow === undefined) return;
    setTally((current) => {
      const next = foldFloor(current, floor, serverNow);
      if (next !== current)
        sessionStorage.setItem(storageKey(view.processId), JSON.stringify(next));
      return next;
    });
    // serverNow ticks; only a change of the floor (or the clock's first measure) folds.
  }, [floor?.seat, floor?.since, view.processId, serverNow === undefined]);
  return tally;
}
