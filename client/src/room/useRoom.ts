// The room's connection: joins on every (re)connection and keeps the server's authoritative view.
// Components call these actions; none of them touches the socket.

import type { RuleChoices } from '../../../shared/scoring/rule';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BallotContent } from '../../../shared/deliberation/ballot';
import type { ConflictCategory } from '../../../shared/deliberation/conflictCategory';
import type { GradingScale } from '../../../shared/scoring/gradingScale';
import type { Phase } from '../../../shared/deliberation/roomEvents';
import type { RoomView } from '../../../shared/deliberation/roomView';
import { ErrorCode } from '../../../shared/errors';
import { openRoomSocket, type AckAnswer, type ClientSocket } from '../realtime/socket';
import { measureClockOffset } from './measureClockOffset';

/** An action's answer, or `NETWORK` when there is no connection (nothing was sent). */
type Answer<T> = AckAnswer<T>;

export interface RoomConnection {
  view: RoomView | undefined;
  connected: boolean;
  error: { code: string; message: string } | undefined;
  open(
    scale: GradingScale,
    secondRound: boolean,
    rule?: RuleChoices,
    confidential?: boolean,
  ): Promise<Answer<RoomView>>;
  move(dossierId: string): Promise<Answer<RoomView>>;
  startPhase(phase: Phase): Promise<Answer<RoomView>>;
  declareConflict(dossierId: string, category?: ConflictCategory): Promise<Answer<RoomView>>;
  withdrawConflict(dossierId: string): Promise<Answer<RoomView>>;
  submit(ballot: BallotContent): Promise<Answer<{ seal: string }>>;
  startTimer(seconds: number): Promise<Answer<RoomView>>;
  rename(displayName: string): Promise<Answer<RoomView>>;
  raiseHand(): Promise<Answer<RoomView>>;
  /** Without a seat: lower one's own hand; with one (facilitator): give that seat the floor. */
  lowerHand(seat?: number): Promise<Answer<RoomView>>;
  /** Server's clock minus this device's (ms), measured on every connection; undefined until measured. */
  clockOffsetMs: number | undefined;
  giveFloor(seat: number): Promise<Answer<RoomView>>;
  releaseFloor(): Promise<Answer<RoomView>>;
  pauseTimer(): Promise<Answer<RoomView>>;
  resumeTimer(): Promise<Answer<RoomView>>;
  extendTimer(seconds: number): Promise<Answer<RoomView>>;
  /** Facilitator: a new projector link's token (the earlier link stops working). */
  openProjector(): Promise<Answer<{ token: string }>>;
  revokeProjector(): Promise<Answer<null>>;
}

export function useRoom(
  processId: string,
  options: { observer?: boolean; projectorToken?: string; seatToken?: string } = {},
): RoomConnection {
  const socketRef = useRef<ClientSocket | undefined>(undefined);
  const [view, setView] = useState<RoomView | undefined>();
  const [connected, setConnected] = useState(false);
  const [error, setError] = useState<RoomConnection['error']>();
  const [clockOffsetMs, setClockOffsetMs] = useState<number | undefined>();

  useEffect(() => {
    const socket = openRoomSocket();
    socketRef.current = socket;
    const join = async () => {
      setConnected(true);
      // On every (re)connection the server's snapshot replaces whatever this tab believed. A juror is
      // recognised by the juror session cookie their invitation link set (sent with the handshake); a
      // projector by the link's token.
      const answer = await socket.emitWithAck(
        'room:join',
        options.projectorToken !== undefined
          ? { processId, projectorToken: options.projectorToken }
          : options.seatToken !== undefined
            ? // A demonstration tab sitting as one juror: the invitation token, not the cookies.
              { processId, token: options.seatToken }
            : { processId },
      );
      if (answer.ok) {
        setView(answer.data);
        setError(undefined);
      } else {
        setError(answer.error);
        // A seat that no longer opens (revoked, replaced) must not keep showing a juror's view.
        if (answer.error.code === 'TOKEN_INVALID') setView(undefined);
      }
    };
    socket.on('connect', () => {
      void join();
      // Timers are shown on the server's clock, whatever this device's clock says.
      void measureClockOffset(() => socket.timeout(5000).emitWithAck('clock:sync', {})).then(
        (offset) => {
          if (offset !== undefined) setClockOffsetMs(offset);
        },
      );
    });
    socket.on('disconnect', (reason) => {
      setConnected(false);
      // The server closes a revoked seat's or projector link's connections: reconnect to be told why.
      if (reason === 'io server disconnect') socket.connect();
    });
    socket.on('room:view', (next) => setView(next));
    socket.on('room:progress', (progress) =>
      setView((view) =>
        view?.current?.dossierId === progress.dossierId && view.current.round === progress.round
          ? { ...view, progress: { submitted: progress.submitted, eligible: progress.eligible } }
          : view,
      ),
    );
    return () => {
      socket.disconnect();
      socketRef.current = undefined;
    };
  }, [processId, options.observer, options.projectorToken, options.seatToken]);

  const call = useCallback(
    async <T>(run: (socket: ClientSocket) => Promise<Answer<T>>): Promise<Answer<T>> => {
      const socket = socketRef.current;
      if (socket === undefined || !socket.connected)
        return { ok: false, error: { code: ErrorCode.Network, message: 'offline' } };
      return run(socket);
    },
    [],
  );

  const withView = useCallback(async (answer: Promise<Answer<RoomView>>) => {
    const result = await answer;
    if (result.ok) setView(result.data);
    return result;
  }, []);

  return {
    view,
    connected,
    error,
    open: (scale, secondRound, rule, confidential) =>
      withView(
        call((s) =>
          s.emitWithAck('room:open', {
            scale,
            secondRound,
            ...(rule === undefined ? {} : { rule }),
            ...(confidential === undefined ? {} : { confidential }),
          }),
        ),
      ),
    move: (dossierId) => withView(call((s) => s.emitWithAck('agenda:move', { dossierId }))),
    startPhase: (phase) => withView(call((s) => s.emitWithAck('phase:start', { phase }))),
    declareConflict: (dossierId, category) =>
      withView(
        call((s) =>
          s.emitWithAck(
            'conflict:declare',
            category === undefined ? { dossierId } : { dossierId, category },
          ),
        ),
      ),
    withdrawConflict: (dossierId) =>
      withView(call((s) => s.emitWithAck('conflict:withdraw', { dossierId }))),
    submit: (ballot) => call((s) => s.emitWithAck('score:submit', { ballot })),
    rename: (displayName) => withView(call((s) => s.emitWithAck('juror:name', { displayName }))),
    startTimer: (seconds) => withView(call((s) => s.emitWithAck('timer:start', { seconds }))),
    raiseHand: () => withView(call((s) => s.emitWithAck('hand:raise', {}))),
    lowerHand: (seat) =>
      withView(call((s) => s.emitWithAck('hand:lower', seat === undefined ? {} : { seat }))),
    clockOffsetMs,
    giveFloor: (seat) => withView(call((s) => s.emitWithAck('floor:give', { seat }))),
    releaseFloor: () => withView(call((s) => s.emitWithAck('floor:release', {}))),
    pauseTimer: () => withView(call((s) => s.emitWithAck('timer:pause', {}))),
    resumeTimer: () => withView(call((s) => s.emitWithAck('timer:resume', {}))),
    extendTimer: (seconds) => withView(call((s) => s.emitWithAck('timer:extend', { seconds }))),
    openProjector: () => call((s) => s.emitWithAck('projector:open', {})),
    revokeProjector: () => call((s) => s.emitWithAck('projector:revoke', {})),
  };
}
