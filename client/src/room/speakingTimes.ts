// Speaking time per seat, for the facilitator only (not logged): accumulated from the floor changes the
// room's views carry, on the server's clock. A turn ends when the floor passes (at the new holder's
// `since`, exact) or is taken back (at the server time the change was seen).

export interface SpeakingTally {
  /** seat → total ms of closed turns, and number of turns (the open one included). */
  bySeat: Record<string, { ms: number; turns: number }>;
  /** The turn in progress. */
  open: { seat: number; since: string } | undefined;
}

export const emptyTally = (): SpeakingTally => ({ bySeat: {}, open: undefined });

/** Folds the floor as a new view shows it into the tally. Pure. */
export function foldFloor(
  tally: SpeakingTally,
  floor: { seat: number; since: string } | undefined,
  serverNowMs: number,
): SpeakingTally {
  const open = tally.open;
  if (open !== undefined && floor?.seat === open.seat && floor.since === open.since) return tally;
  const bySeat = { ...tally.bySeat };
  if (open !== undefined) {
    const end = floor === undefined ? serverNowMs : Date.parse(floor.since);
    const entry = bySeat[String(open.seat)] ?? { ms: 0, turns: 1 };
    bySeat[String(open.seat)] = {
      ...entry,
      ms: entry.ms + Math.max(0, end - Date.parse(open.since)),
    };
  }
  if (floor === undefined) return { bySeat, open: undefined };
  const entry = bySeat[String(floor.seat)] ?? { ms: 0, turns: 0 };
  bySeat[String(floor.seat)] = { ...entry, turns: entry.turns + 1 };
  return { bySeat, open: { seat: floor.seat, since: floor.since } };
}

/** Each seat's total at `serverNowMs` (the open turn counted up to now), longest first. */
export function speakingTotals(
  tally: SpeakingTally,
  serverNowMs: number,
): { seat: number; ms: number; turns: number }[] {
  return Object.entries(tally.bySeat)
    .map(([seat, { ms, turns }]) => ({
      seat: Number(seat),
      turns,
      ms:
        ms +
        (tally.open?.seat === Number(seat)
          ? Math.max(0, serverNowMs - Date.parse(tally.open.since))
          : 0),
    }))
    .sort((a, b) => b.ms - a.ms || a.seat - b.seat);
}
