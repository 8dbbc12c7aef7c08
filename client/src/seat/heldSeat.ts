// Remembers, in this browser only, that it once held a juror's seat for a process (no token, no name:
// the process id alone), so that the room can say plainly how to get back in instead of showing a juror
// the observer's view without a word.

const key = (processId: string): string => `kleroterion.heldSeat.${processId}`;

export function rememberHeldSeat(processId: string): void {
  try {
    localStorage.setItem(key(processId), '1');
  } catch {
    // Storage disabled: the room still shows its short hint to every observer.
  }
}

export function hasHeldSeat(processId: string): boolean {
  try {
    return localStorage.getItem(key(processId)) === '1';
  } catch {
    return false;
  }
}
