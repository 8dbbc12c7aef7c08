// The phases the facilitator may start next, mirroring the server's rule (the server decides).
import type { Phase } from '../../../shared/deliberation/roomEvents';
import type { RoomView } from '../../../shared/deliberation/roomView';

export function nextPhases(view: RoomView): { phase: Phase; round: number }[] {
  const current = view.current;
  if (current === undefined) return [];
  switch (current.phase) {
    case undefined:
      return [{ phase: 'presentation', round: 1 }];
    case 'presentation':
      return [
        { phase: 'discussion', round: current.round },
        { phase: 'scoring', round: current.round },
      ];
    case 'discussion':
      return [{ phase: 'scoring', round: current.round }];
    case 'scoring':
      return [{ phase: 'reveal', round: current.round }];
    case 'reveal':
      return view.secondRound && current.round === 1 ? [{ phase: 'discussion', round: 2 }] : [];
  }
}
