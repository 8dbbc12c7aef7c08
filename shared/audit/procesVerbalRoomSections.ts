// The procès-verbal's sections about the room: attendance per session day, the agenda, and the conflicts
// declared per dossier. Spec: docs/results.md, section "Procès-verbal".

import { RoomEventType } from '../deliberation/roomEvents';
import type { ChainedEvent } from '../events/eventChain';
import { formatDateTime, formatDay, formatTime, parisDayKey } from '../format/formatDateTime';
import type { ProcessState } from '../process/processState';
import { tallyRoom } from '../scoring/gradeTally';
import { payloadOf, type Context } from './procesVerbalContext';
import type { PvBlock, PvSection } from './procesVerbalTypes';

const ROOM_MEETING_EVENTS: ReadonlySet<string> = new Set(
  Object.values(RoomEventType).filter((type) => type !== RoomEventType.Opened),
);

export function dossierName(state: ProcessState, id: string): string {
  const title = state.dossiers?.dossiers.find((d) => d.id === id)?.title;
  return title === undefined ? id : `${title} (${id})`;
}

export function attendanceSection({ state, log, text, language, number }: Context): PvSection {
  const section = { id: 'pv-attendance', title: text.attendance };
  const room = state.room;
  if (room === undefined)
    return { ...section, blocks: [{ kind: 'paragraph', text: text.notOpened }] };
  const sessions = new Map<
    string,
    { first: string; last: string; arrived: number[]; dossiers: string[] }
  >();
  for (const event of log) {
    if (!ROOM_MEETING_EVENTS.has(event.type)) continue;
    const day = parisDayKey(event.at);
    const session = sessions.get(day) ?? {
      first: event.at,
      last: event.at,
      arrived: [],
      dossiers: [],
    };
    session.last = event.at;
    const payload = payloadOf(event);
    if (event.type === RoomEventType.Seated) session.arrived.push(Number(payload['seat']));
    if (event.type === RoomEventType.AgendaMoved) {
      const id = String(payload['dossierId']);
      if (!session.dossiers.includes(id)) session.dossiers.push(id);
    }
    sessions.set(day, session);
  }
  const blocks: PvBlock[] = [{ kind: 'paragraph', text: text.sessionDefinition }];
  const seats = (list: number[]) =>
    list.length === 0
      ? text.none
      : text.seatList(
          [...list]
            .sort((a, b) => a - b)
            .map(String)
            .join(', '),
        );
  if (sessions.size === 0) blocks.push({ kind: 'paragraph', text: text.noSession });
  else {
    let seatedSoFar = 0;
    blocks.push({
      kind: 'table',
      id: 'pv-sessions',
      caption: text.sessionsCaption,
      columns: [
        { label: text.colSession },
        { label: text.colHours },
        { label: text.colArrived },
        { label: text.colSeated },
        { label: text.colDossiers },
      ],
      rows: [...sessions.values()].map((session) => {
        seatedSoFar += session.arrived.length;
        return [
          formatDay(session.first, language),
          text.hours(formatTime(session.first, language), formatTime(session.last, language)),
          seats(session.arrived),
          `${number(seatedSoFar)} / ${number(state.settings.seats)}`,
          session.dossiers.length === 0
            ? text.none
            : session.dossiers.map((id) => dossierName(state, id)).join(text.separator),
        ];
      }),
    });
  }
  const agenda = agendaOf(log);
  if (agenda.length > 0)
    blocks.push({
      kind: 'table',
      id: 'pv-agenda',
      caption: text.agendaCaption,
      columns: [
        { label: text.colDossier },
        { label: text.colTakenUp },
        { label: text.colClosed },
        { label: text.colRevealed },
      ],
      rows: agenda.map((item) => [
        dossierName(state, item.dossierId),
        formatDateTime(item.takenUpAt, language),
        item.closedAt === undefined ? '—' : formatDateTime(item.closedAt, language),
        item.revealedAt === undefined ? '—' : formatDateTime(item.revealedAt, language),
      ]),
    });
  const tallies = tallyRoom(room);
  if (tallies.length > 0)
    blocks.push({
      kind: 'table',
      id: 'pv-participation',
      caption: text.participationCaption,
      columns: [
        { label: text.colDossier },
        { label: text.colRound },
        { label: text.colBallots },
        { label: text.colEligible },
        { label: text.colConflicted },
        { label: text.colAbsent },
      ],
      rows: tallies.map((tally) => [
        dossierName(state, tally.dossierId),
        String(tally.round),
        number(tally.ballots),
        number(tally.eligibleJurors),
        tally.conflictedSeats.length === 0 ? text.none : tally.conflictedSeats.join(', '),
        number(tally.absent),
      ]),
    });
  return { ...section, blocks };
}

/** Each time a dossier was taken up, with when its scoring closed and its grades were revealed. */
function agendaOf(log: readonly ChainedEvent[]) {
  const items: {
    dossierId: string;
    takenUpAt: string;
    closedAt: string | undefined;
    revealedAt: string | undefined;
  }[] = [];
  for (const event of log) {
    const dossierId = payloadOf(event)['dossierId'];
    if (typeof dossierId !== 'string') continue;
    if (event.type === RoomEventType.AgendaMoved)
      items.push({ dossierId, takenUpAt: event.at, closedAt: undefined, revealedAt: undefined });
    const last = items.findLast((item) => item.dossierId === dossierId);
    if (last === undefined) continue;
    if (event.type === RoomEventType.ScoringClosed) last.closedAt = event.at;
    if (event.type === RoomEventType.BallotsRevealed) last.revealedAt = event.at;
  }
  return items;
}

export function conflictsSection({ state, log, text, at }: Context): PvSection {
  const section = { id: 'pv-conflicts', title: text.conflicts };
  const room = state.room;
  const declaredAt = new Map<string, string>();
  for (const event of log)
    if (event.type === RoomEventType.ConflictDeclared) {
      const payload = payloadOf(event);
      declaredAt.set(`${String(payload['dossierId'])}/${String(payload['seat'])}`, event.at);
    }
  // The folded state is the truth (a withdrawn declaration is gone from it); the log gives the dates.
  const rows = (room?.dossierIds ?? []).flatMap((dossierId) =>
    Object.entries(room?.conflicts ?? {})
      .filter(([, dossiers]) => dossiers.includes(dossierId))
      .map(([seat]) => Number(seat))
      .sort((a, b) => a - b)
      .map((seat) => {
        const when = declaredAt.get(`${dossierId}/${seat}`);
        return [dossierName(state, dossierId), String(seat), when === undefined ? '—' : at(when)];
      }),
  );
  const blocks: PvBlock[] =
    rows.length === 0
      ? [{ kind: 'paragraph', text: text.noConflicts }]
      : [
          { kind: 'paragraph', text: text.conflictsPrivacy },
          {
            kind: 'table',
            id: 'pv-conflict-list',
            caption: text.conflictsCaption,
            columns: [
              { label: text.colDossier },
              { label: text.colSeat },
              { label: text.colDeclaredAt },
            ],
            rows,
          },
        ];
  return { ...section, blocks };
}
