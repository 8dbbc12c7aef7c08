// Socket handlers of the deliberation room. Every payload is parsed with zod before a handler runs, every
// action checks the caller's role, and views go out only after the change is durable.

import type { z } from 'zod';
import type { RoomRole } from '../../shared/deliberation/roomView';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import {
  AgendaMove,
  ConflictDeclare,
  ConflictWithdraw,
  PhaseStart,
  RoomJoin,
  RoomOpen,
  ScoreSubmit,
  TimerStart,
  JurorName,
  HandRaise,
  HandLower,
  FloorGive,
  FloorRelease,
  TimerPause,
  TimerResume,
  TimerExtend,
  ClockSync,
  roomChannel,
  ProjectorOpen,
  ProjectorRevoke,
} from '../../shared/protocol';
import type { Clock, Log } from '../ports';
import { TimerAction } from '../../shared/deliberation/roomCommands';
import { refreshesRoomViews } from '../../shared/process/eventAudience';
import { acknowledged } from './acknowledged';
import type { Room } from '../services/room';
import type { Ceremony } from '../services/ceremony';
import type { RealtimeServer } from './attachRealtime';
import { jurorSessionToken, type JurorSessions } from '../auth/jurorSessions';

import type { Socket as IoSocket } from 'socket.io';
import type {
  ClientToServerEvents,
  InterServerEvents,
  ServerToClientEvents,
  SocketData,
} from '../../shared/protocol';

type Socket = IoSocket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

const viewerChannel = (processId: string, viewer: string): string =>
  `${roomChannel(processId)}:${viewer}`;

export function attachRoom(
  io: RealtimeServer,
  deps: {
    room: Room;
    ceremony: Ceremony;
    /** May this socket's session facilitate this process's room (organiser, or assigned facilitator)? */
    isOrganiser: (cookieHeader: string | undefined, processId: string) => boolean;
    log: Log;
    clock: Clock;
    jurorSessions: JurorSessions;
  },
): () => void {
  const { room, ceremony, isOrganiser, log, clock, jurorSessions } = deps;

  /**
   * Sends every participant its own view: one view for all observers, one for the facilitator, one per
   * seat; each goes to a channel, so 300 observers cost one view and one serialisation.
   */
  function broadcastViews(processId: string): void {
    if (!room.isOpen(processId)) return;
    // Views carry the count: the next ballot's count is announced even if it equals the last one sent.
    announcedProgress.delete(processId);
    const present = presentSeats(processId);
    io.to(viewerChannel(processId, 'observer')).emit(
      'room:view',
      room.view(processId, { kind: 'observer' }, present),
    );
    io.to(viewerChannel(processId, 'projector')).emit(
      'room:view',
      room.view(processId, { kind: 'projector' }, present),
    );
    io.to(viewerChannel(processId, 'facilitator')).emit(
      'room:view',
      room.view(processId, { kind: 'facilitator' }, present),
    );
    for (const seat of ceremony.state(processId).room?.seated ?? []) {
      io.to(viewerChannel(processId, `seat-${seat}`)).emit(
        'room:view',
        room.view(processId, { kind: 'juror', seat }, present),
      );
    }
  }

  // Several ballots in the same instant announce the new count once, to the whole room; a revised ballot
  // that leaves the count as the room last heard it announces nothing (a thousand observers would be sent
  // the same numbers again).
  const pendingProgress = new Set<string>();
  const announcedProgress = new Map<string, string>();
  function scheduleProgress(processId: string): void {
    if (pendingProgress.has(processId)) return;
    pendingProgress.add(processId);
    setImmediate(() => {
      pendingProgress.delete(processId);
      const progress = room.progress(processId);
      if (progress === undefined) return;
      const key = `${progress.dossierId}\n${progress.round}\n${progress.submitted}\n${progress.eligible}`;
      if (announcedProgress.get(processId) === key) return;
      announcedProgress.set(processId, key);
      io.to(roomChannel(processId)).emit('room:progress', progress);
      // Only the facilitator learns which seats are still to submit: one view, to one channel.
      io.to(viewerChannel(processId, 'facilitator')).emit(
        'room:view',
        room.view(processId, { kind: 'facilitator' }, presentSeats(processId)),
      );
    });
  }

  // Presence: live connections per seat. It is not a change of the process, so it is never logged.
  const connections = new Map<string, Map<number, number>>();
  function presentSeats(processId: string): number[] {
    return [...(connections.get(processId) ?? new Map<number, number>()).entries()]
      .filter(([, count]) => count > 0)
      .map(([seat]) => seat)
      .sort((a, b) => a - b);
  }
  function countConnection(processId: string, seat: number, delta: number): void {
    const seats = connections.get(processId) ?? new Map<number, number>();
    seats.set(seat, Math.max(0, (seats.get(seat) ?? 0) + delta));
    connections.set(processId, seats);
    scheduleBroadcast(processId);
  }

  // Several submits in the same instant refresh the views once.
  const pending = new Set<string>();
  function scheduleBroadcast(processId: string): void {
    if (pending.has(processId)) return;
    pending.add(processId);
    setImmediate(() => {
      pending.delete(processId);
      broadcastViews(processId);
    });
  }

  function handler<S extends z.ZodType, T>(
    socket: Socket,
    schema: S,
    roles: RoomRole['kind'][] | 'any',
    run: (
      payload: z.infer<S>,
      member: { processId: string; role: RoomRole } | undefined,
    ) => T | Promise<T>,
  ) {
    // Parsed first, then the caller's role, then the action (acknowledged.ts).
    return acknowledged(
      schema,
      (payload) => {
        const member = socket.data.room;
        if (roles !== 'any' && (member === undefined || !roles.includes(member.role.kind)))
          throw new KleroterionError(
            ErrorCode.Forbidden,
            `this action needs the role ${roles.join(' or ')}`,
          );
        return run(payload, member);
      },
      log,
    );
  }

  io.on('connection', (socket: Socket) => {
    socket.on(
      'room:join',
      handler(socket, RoomJoin, 'any', async ({ processId, token, projectorToken }) => {
        ceremony.state(processId);
        const cookieHeader = socket.handshake.headers.cookie;
        const role = room.identify(
          processId,
          token,
          isOrganiser(cookieHeader, processId),
          jurorSessionToken(cookieHeader, processId),
          projectorToken,
        );
        const previous = socket.data.room;
        socket.data.room = { processId, role };
        if (
          role.kind === 'juror' &&
          (previous?.role.kind !== 'juror' || previous.processId !== processId)
        )
          countConnection(processId, role.seat, +1);
        await socket.join([
          roomChannel(processId),
          viewerChannel(processId, role.kind === 'juror' ? `seat-${role.seat}` : role.kind),
        ]);
        if (role.kind === 'juror' && room.isOpen(processId)) room.seat(processId, role.seat);
        if (!room.isOpen(processId))
          throw new KleroterionError(
            ErrorCode.TransitionRefused,
            'the deliberation room is not open yet',
          );
        return room.view(processId, role, presentSeats(processId));
      }),
    );
    socket.on(
      'room:open',
      handler(
        socket,
        RoomOpen,
        ['facilitator'],
        ({ scale, secondRound, rule, confidential }, member) => {
          // Confidential unless the facilitator chose a public deliberation.
          room.open(member!.processId, scale, secondRound, rule, confidential ?? true);
          return room.view(member!.processId, member!.role, presentSeats(member!.processId));
        },
      ),
    );
    socket.on(
      'projector:open',
      handler(socket, ProjectorOpen, ['facilitator'], (_payload, member) => {
        const processId = member!.processId;
        const token = room.openProjector(processId);
        // The earlier link stops working now: its screens leave and must present the new link.
        io.in(viewerChannel(processId, 'projector')).disconnectSockets(true);
        return { token };
      }),
    );
    socket.on(
      'projector:revoke',
      handler(socket, ProjectorRevoke, ['facilitator'], (_payload, member) => {
        room.revokeProjector(member!.processId);
        io.in(viewerChannel(member!.processId, 'projector')).disconnectSockets(true);
        return null;
      }),
    );
    socket.on(
      'agenda:move',
      handler(
        socket,
        AgendaMove,
        ['facilitator'],
        ({ dossierId }, member) => (
          room.move(member!.processId, dossierId),
          room.view(member!.processId, member!.role, presentSeats(member!.processId))
        ),
      ),
    );
    socket.on(
      'phase:start',
      handler(
        socket,
        PhaseStart,
        ['facilitator'],
        ({ phase }, member) => (
          room.startPhase(member!.processId, phase),
          room.view(member!.processId, member!.role, presentSeats(member!.processId))
        ),
      ),
    );
    socket.on(
      'conflict:declare',
      handler(socket, ConflictDeclare, ['juror'], ({ dossierId, category }, member) => {
        const role = member!.role as Extract<RoomRole, { kind: 'juror' }>;
        room.declareConflict(member!.processId, role.seat, dossierId, category);
        // The category is not an event: the facilitator's view is refreshed for it.
        scheduleBroadcast(member!.processId);
        return room.view(member!.processId, role, presentSeats(member!.processId));
      }),
    );
    socket.on(
      'conflict:withdraw',
      handler(socket, ConflictWithdraw, ['juror'], ({ dossierId }, member) => {
        const role = member!.role as Extract<RoomRole, { kind: 'juror' }>;
        room.withdrawConflict(member!.processId, role.seat, dossierId);
        return room.view(member!.processId, role, presentSeats(member!.processId));
      }),
    );
    socket.on('disconnect', () => {
      const member = socket.data.room;
      if (member?.role.kind === 'juror') countConnection(member.processId, member.role.seat, -1);
    });
    socket.on(
      'juror:name',
      handler(socket, JurorName, ['juror'], ({ displayName }, member) => {
        const role = member!.role as Extract<RoomRole, { kind: 'juror' }>;
        room.rename(member!.processId, role.seat, displayName);
        scheduleBroadcast(member!.processId);
        return room.view(member!.processId, role, presentSeats(member!.processId));
      }),
    );
    socket.on(
      'timer:start',
      handler(
        socket,
        TimerStart,
        ['facilitator'],
        ({ seconds }, member) => (
          room.startTimer(member!.processId, seconds),
          room.view(member!.processId, member!.role, presentSeats(member!.processId))
        ),
      ),
    );
    socket.on(
      'hand:raise',
      handler(socket, HandRaise, ['juror'], (_payload, member) => {
        const role = member!.role as Extract<RoomRole, { kind: 'juror' }>;
        room.hand(member!.processId, role.seat, true);
        return room.view(member!.processId, role, presentSeats(member!.processId));
      }),
    );
    socket.on(
      'hand:lower',
      handler(socket, HandLower, ['juror', 'facilitator'], ({ seat }, member) => {
        const role = member!.role;
        // A juror may only lower their own hand; the facilitator gives the floor to any seat.
        const target = role.kind === 'juror' ? role.seat : seat;
        if (target === undefined)
          throw new KleroterionError(ErrorCode.ValidationFailed, 'which seat?');
        if (role.kind === 'juror' && seat !== undefined && seat !== role.seat)
          throw new KleroterionError(ErrorCode.Forbidden, 'you can only lower your own hand');
        room.hand(member!.processId, target, false);
        return room.view(member!.processId, role, presentSeats(member!.processId));
      }),
    );
    socket.on(
      'floor:give',
      handler(
        socket,
        FloorGive,
        ['facilitator'],
        ({ seat }, member) => (
          room.floor(member!.processId, seat),
          room.view(member!.processId, member!.role, presentSeats(member!.processId))
        ),
      ),
    );
    socket.on(
      'floor:release',
      handler(
        socket,
        FloorRelease,
        ['facilitator'],
        (_payload, member) => (
          room.floor(member!.processId, undefined),
          room.view(member!.processId, member!.role, presentSeats(member!.processId))
        ),
      ),
    );
    socket.on(
      'timer:pause',
      handler(
        socket,
        TimerPause,
        ['facilitator'],
        (_payload, member) => (
          room.changeTimer(member!.processId, TimerAction.Pause),
          room.view(member!.processId, member!.role, presentSeats(member!.processId))
        ),
      ),
    );
    socket.on(
      'timer:resume',
      handler(
        socket,
        TimerResume,
        ['facilitator'],
        (_payload, member) => (
          room.changeTimer(member!.processId, TimerAction.Resume),
          room.view(member!.processId, member!.role, presentSeats(member!.processId))
        ),
      ),
    );
    socket.on(
      'timer:extend',
      handler(
        socket,
        TimerExtend,
        ['facilitator'],
        ({ seconds }, member) => (
          room.changeTimer(member!.processId, TimerAction.Extend, seconds),
          room.view(member!.processId, member!.role, presentSeats(member!.processId))
        ),
      ),
    );
    // The server is the clock authority: timers are shown on this time (docs/deliberation.md, "The floor, the timer…").
    socket.on(
      'clock:sync',
      handler(socket, ClockSync, 'any', () => ({ serverTime: clock.now().getTime() })),
    );
    socket.on(
      'score:submit',
      handler(socket, ScoreSubmit, ['juror'], async ({ ballot }, member) => {
        const role = member!.role as Extract<RoomRole, { kind: 'juror' }>;
        const { seal } = await room.submit(member!.processId, role.seat, ballot);
        // Durable above; the ack goes now and the new count (never a content) follows, as one small message.
        scheduleProgress(member!.processId);
        return { seal };
      }),
    );
  });

  // A revoked seat's live connections are closed; on reconnecting they are refused and told why.
  const stopRevocations = jurorSessions.onRevoke((processId, seat) =>
    io.in(viewerChannel(processId, `seat-${seat}`)).disconnectSockets(true),
  );

  // Room events come through the log; views follow once they are durable.
  // Which event types refresh the views is decided once per type, in shared/process/eventAudience.ts.
  const stopEvents = ceremony.onEvents((processId, events) => {
    if (refreshesRoomViews(events)) scheduleBroadcast(processId);
  });
  return () => {
    stopRevocations();
    stopEvents();
  };
}
