// A room participant that survives server restarts: its socket reconnects on its own (quickly, to measure
// the server and not the back-off), and every (re)connection enters the room again before any action.

import { io as connect, type Socket } from 'socket.io-client';
import type { RoomView } from '../../../shared/deliberation/roomView';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../shared/protocol';

export type RoomClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/** What an acknowledged request answered; `disconnected` when the connection dropped first. */
export type Outcome<T> =
  | { kind: 'ok'; data: T }
  | { kind: 'refused'; code: string; message: string }
  | { kind: 'disconnected' };

export interface RoomParticipant {
  socket: RoomClient;
  /** Resolves once the current connection has joined the room (at once if it already has). */
  joined(): Promise<void>;
  isJoined(): boolean;
  close(): void;
}

/**
 * Opens a socket to `url` that joins `processId` (with `token` for a juror, `cookie` for the facilitator)
 * after every connection; `onJoined` sees the view each join answered.
 */
export function joinRoom(
  url: string,
  processId: string,
  who: { token?: string; cookie?: string },
  onJoined: (view: RoomView) => void = () => {},
): RoomParticipant {
  const socket: RoomClient = connect(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnectionDelay: 50,
    reconnectionDelayMax: 250,
    ...(who.cookie === undefined ? {} : { extraHeaders: { cookie: who.cookie } }),
  });
  let isJoined = false;
  let waiters: (() => void)[] = [];
  socket.on('disconnect', () => (isJoined = false));
  socket.on('connect', () => {
    void (async () => {
      // A facilitator's join before the room is open answers "not open" but registers the role.
      const answer = await request<RoomView>(socket, (ack) =>
        socket.emit(
          'room:join',
          { processId, ...(who.token === undefined ? {} : { token: who.token }) },
          ack,
        ),
      );
      if (answer.kind === 'disconnected') return;
      if (answer.kind === 'ok') onJoined(answer.data);
      // A juror refused entry has no seat to act from; a facilitator is registered even by a refusal.
      else if (who.token !== undefined) return;
      isJoined = true;
      const ready = waiters;
      waiters = [];
      for (const wake of ready) wake();
    })();
  });
  return {
    socket,
    joined: () => (isJoined ? Promise.resolve() : new Promise((wake) => waiters.push(wake))),
    isJoined: () => isJoined,
    close: () => {
      socket.disconnect();
      const ready = waiters;
      waiters = [];
      for (const wake of ready) wake();
    },
  };
}

/**
 * Sends one acknowledged request and resolves with its answer, or with `disconnected` if the connection
 * drops before the answer (the request may or may not have been carried out).
 */
export function request<T>(
  socket: RoomClient,
  send: (
    ack: (
      answer: { ok: true; data: T } | { ok: false; error: { code: string; message: string } },
    ) => void,
  ) => void,
): Promise<Outcome<T>> {
  return new Promise((resolve) => {
    if (!socket.connected) return resolve({ kind: 'disconnected' });
    const onDisconnect = () => resolve({ kind: 'disconnected' });
    socket.once('disconnect', onDisconnect);
    send((answer) => {
      socket.off('disconnect', onDisconnect);
      resolve(
        answer.ok
          ? { kind: 'ok', data: answer.data }
          : { kind: 'refused', code: answer.error.code, message: answer.error.message },
      );
    });
  });
}
