// The room's connection: joins on every (re)connection and keeps the server's authoritative view.
// Components call these actions; none of them touches the socket.

import type { RuleChoices } from '../../../shared/scoring/rule';
import { useCallback, useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { BallotContent } from '../../../shared/deliberation/ballot';
import type { ConflictCategory } from '../../../shared/deliberation/conflictCategory';
import type { GradingScale } from '../../../shared/deliberation/gradingScale';
import type { Phase } from '../../../shared/deliberation/roomEvents';
import type { RoomView } from '../../../shared/deliberation/roomView';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../shared/protocol';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Answer<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

export interface RoomConnection {
  view: RoomView | undefined;
  connected: boolean;
  error: { code: string; message: string } | undefined;
  open(scale: GradingScale, secondRound: boolean, rule?: RuleChoices): Promise<Answer<RoomView>>;
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
}

export function useRoom(processId: string, options: { observer?: boolean } = {}): RoomConnection {
  const socketRef = useRef<ClientSocket | undefined>(undefined);
  const [view, setView] = useState<RoomView | undefined>();
  const [connected, setConnected] = useState(false);
  const [error, setError] = useState<RoomConnection['error']>();

  useEffect(() => {
    const socket: ClientSocket = io({ transports: ['websocket', 'polling'], forceNew: true });
    socketRef.current = socket;
    const join = async () => {
      setConnected(true);
      // On every (re)connection the server's snapshot replaces whatever this tab believed. A juror is
      // recognised by the juror session cookie their invitation link set (sent with the handshake).
      const answer = await socket.emitWithAck('room:join', { processId });
      if (answer.ok) {
        setView(answer.data);
        setError(undefined);
      } else {
        setError(answer.error);
        // A seat that no longer opens (revoked, replaced) must not keep showing a juror's view.
        if (answer.error.code === 'TOKEN_INVALID') setView(undefined);
      }
    };
    socket.on('connect', () => void join());
    socket.on('disconnect', (reason) => {
      setConnected(false);
      // The server closes a revoked seat's connections: reconnect to be told why (never left silent).
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
  }, [processId, options.observer]);

  const call = useCallback(
    async <T>(run: (socket: ClientSocket) => Promise<Answer<T>>): Promise<Answer<T>> => {
      const socket = socketRef.current;
      if (socket === undefined || !socket.connected)
        return { ok: false, error: { code: 'OFFLINE', message: 'offline' } };
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
    open: (scale, secondRound, rule) =>
      withView(
        call((s) =>
          s.emitWithAck('room:open', {
            scale,
            secondRound,
            ...(rule === undefined ? {} : { rule }),
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
  };
}
