// Who hears of a committed event of a process's chain, decided once for every event type of the union, so
// that a new event type cannot be added without deciding its audience (the table below stops compiling).
// Spec: docs/event-log.md, section "Live updates".

import type { ProcessEvent } from './processEvents';

/** Every event type a process's chain may hold: the process, room and result events. */
export type ProcessEventType = ProcessEvent['type'];

/**
 * Every committed event reaches the watchers of the public log (`process:events`, withheld while a
 * confidential deliberation is in progress: `deliberation/confidentiality.ts`). An event of the room also
 * sends every participant of the deliberation room its own view again (`room:view`: observers, projector,
 * facilitator and each seat, each seeing only what its role may see).
 */
export const Audience = {
  /** The watchers of the public log only. */
  LogWatchers: 'log-watchers',
  /** The watchers of the public log, and every participant of the room through its own view. */
  Room: 'room',
} as const;
export type Audience = (typeof Audience)[keyof typeof Audience];

/** The audience of each event type; a type missing here, or one no longer in the union, is a type error. */
export const EVENT_AUDIENCE: Readonly<Record<ProcessEventType, Audience>> = {
  // The process: settings, the draw and the invitations happen before the room and change none of its views.
  'process.created': Audience.LogWatchers,
  'process.settingsChanged': Audience.LogWatchers,
  'process.serviceDescribed': Audience.LogWatchers,
  'pool.imported': Audience.LogWatchers,
  'draw.committed': Audience.LogWatchers,
  'draw.valueRevealed': Audience.LogWatchers,
  'draw.drawn': Audience.LogWatchers,
  'draw.redrawRefused': Audience.LogWatchers,
  'invitation.sent': Audience.LogWatchers,
  'invitation.accepted': Audience.LogWatchers,
  'invitation.declined': Audience.LogWatchers,
  'seat.reassigned': Audience.LogWatchers,
  'seat.vacant': Audience.LogWatchers,
  'dossiers.imported': Audience.LogWatchers,
  // The room.
  'deliberation.opened': Audience.Room,
  'juror.seated': Audience.Room,
  'conflict.declared': Audience.Room,
  'conflict.withdrawn': Audience.Room,
  'agenda.moved': Audience.Room,
  'phase.started': Audience.Room,
  'scoring.closed': Audience.Room,
  'ballots.revealed': Audience.Room,
  'timer.started': Audience.Room,
  'timer.paused': Audience.Room,
  'timer.resumed': Audience.Room,
  'timer.extended': Audience.Room,
  'hand.raised': Audience.Room,
  'hand.lowered': Audience.Room,
  'floor.given': Audience.Room,
  'floor.released': Audience.Room,
  // Ties and results are shown in the room.
  'tie.voteRecorded': Audience.Room,
  'tie.lotteryDeclared': Audience.Room,
  'tie.lotteryDrawn': Audience.Room,
  'results.published': Audience.Room,
};

/**
 * The audience of a chained event's type (chained events carry their type as a plain string). A type outside
 * the union cannot be in a chain the server accepted; it would reach the log watchers only.
 */
export function audienceOf(type: string): Audience {
  return Object.hasOwn(EVENT_AUDIENCE, type)
    ? EVENT_AUDIENCE[type as ProcessEventType]
    : Audience.LogWatchers;
}

/** Do these events send the room's participants their views again? */
export function refreshesRoomViews(events: readonly { type: string }[]): boolean {
  return events.some((event) => audienceOf(event.type) === Audience.Room);
}
