// Test helper: real socket.io clients of a test server, each remembered so that a suite's afterAll can
// disconnect every one it opened, whatever its tests did with them.

import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol';

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface SocketClients {
  /** A connected client over WebSocket, signed in when a session cookie is given. */
  open(cookie?: string): Promise<Client>;
  disconnectAll(): void;
}

/** @param url read at each `open`, so the server may be started after this is created (in beforeAll). */
export function socketClients(url: () => string): SocketClients {
  const sockets: Client[] = [];
  return {
    open(cookie) {
      const socket: Client = connect(url(), {
        transports: ['websocket'],
        forceNew: true,
        ...(cookie === undefined ? {} : { extraHeaders: { cookie } }),
      });
      sockets.push(socket);
      return new Promise((resolve) => socket.on('connect', () => resolve(socket)));
    },
    disconnectAll() {
      for (const socket of sockets) socket.disconnect();
    },
  };
}
