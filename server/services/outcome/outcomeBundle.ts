// What every part of the outcome service reads: the audit bundle of a process as its log stands (cached
// by head), the revealed ballots with their seats (private, for the seat links and the organiser's own
// export), and the checks that a room is open and that the reader may see its results.

import { canonicalize } from '../../../shared/crypto/jcs';
import { buildBundle, type AuditBundle, type BundleSeatSeals } from '../../../shared/audit/bundle';
import { ErrorCode, KleroterionError } from '../../../shared/errors';
import type { ChainedEvent } from '../../../shared/events/eventChain';
import type { ProcessState } from '../../../shared/process/processState';
import { isWithheldNow } from '../../../shared/deliberation/confidentiality';
import type { Db } from '../../db/openDatabase';
import type { EventStore } from '../../store/eventStore';
import { createBallotsRepository } from '../../repositories/ballotsRepository';
import type { Ceremony } from '../ceremony';

/** Who asks: the organiser (a valid session) sees the live results; the public may not, if confidential. */
export type Viewer = 'organiser' | 'public';

export function requireRoom(state: ProcessState) {
  if (state.room === undefined)
    throw new KleroterionError(ErrorCode.NotFound, 'deliberation has not started');
  return state.room;
}

/**
 * Refuses the public (anyone without an organiser session) while a confidential deliberation is in
 * progress: no aggregate, rank or winner leaves the jury before publication.
 */
export function requireDisclosed(state: ProcessState, viewer: Viewer): void {
  if (viewer === 'public' && isWithheldNow(state))
    throw new KleroterionError(
      ErrorCode.ResultsWithheld,
      'the deliberation is confidential: its results are public once published',
    );
}

export function createOutcomeBundle(deps: {
  db: Db;
  store: EventStore;
  ceremony: Ceremony;
  /** The public chain of the call whose dossiers this process received, if any. */
  callLogFor: (processId: string) => ChainedEvent[] | null;
}) {
  const { db, store, ceremony, callLogFor } = deps;
  const ballots = createBallotsRepository(db);

  /** The sealed (and so revealed) ballots of every revealed round, with their seats. */
  function revealedSeatBallots(state: ProcessState) {
    const room = state.room;
    if (room === undefined) return [];
    const rows = ballots.sealedBallots(state.id);
    return rows.filter((row) => {
      const revealed = room.revealed.some(
        (r) => r.dossierId === row.dossierId && r.round === row.round,
      );
      const closed = room.closed.find(
        (c) => c.dossierId === row.dossierId && c.round === row.round,
      );
      return revealed && closed?.seals.includes(row.seal) === true;
    });
  }

  function seatSeals(state: ProcessState): BundleSeatSeals {
    const groups = new Map<string, BundleSeatSeals[number]>();
    for (const row of revealedSeatBallots(state)) {
      const key = `${row.dossierId}\n${row.round}`;
      const group = groups.get(key) ?? { dossierId: row.dossierId, round: row.round, seals: [] };
      group.seals.push({ seat: row.seat, seal: row.seal });
      groups.set(key, group);
    }
    // In the order the rounds were revealed, seats ascending.
    return (state.room?.revealed ?? []).flatMap((r) => {
      const group = groups.get(`${r.dossierId}\n${r.round}`);
      return group === undefined
        ? []
        : [{ ...group, seals: group.seals.sort((a, b) => a.seat - b.seat) }];
    });
  }

  const bundles = new Map<string, { head: string; bundle: AuditBundle; text: string }>();
  /** The audit bundle and its file's text (canonical JSON plus one LF), built again when the log grows. */
  function cachedBundle(processId: string) {
    const state = ceremony.state(processId);
    const cached = bundles.get(processId);
    if (cached?.head === state.head) return cached;
    const publish = state.room?.rule.publishSeatGrades === true;
    const bundle = buildBundle(
      state,
      store.events(processId),
      publish ? seatSeals(state) : null,
      callLogFor(processId),
      store.checkpoints(processId),
    );
    const entry = { head: state.head, bundle, text: `${canonicalize(bundle)}\n` };
    bundles.set(processId, entry);
    return entry;
  }

  return { revealedSeatBallots, cachedBundle };
}

export type OutcomeBundle = ReturnType<typeof createOutcomeBundle>;
