import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sliceBroadcasts, type SlicedBroadcasts } from '../realtime/slicedBroadcasts';

// A bare Socket.IO server with real clients: the slicing is the adapter's, whatever the application sends.
type Events = { tick: (n: number) => void };
let io: Server<Record<string, never>, Events>;
let slicing: SlicedBroadcasts;
let url: string;
const clients: Socket<Events>[] = [];
const received = new Map<Socket<Events>, number[]>();

beforeAll(async () => {
  const httpServer = createServer();
  io = new Server(httpServer);
  // A budget of 0 ms: one slice per turn, so that the test sees each turn.
  slicing = sliceBroadcasts(io.of('/').adapter, { sliceSize: 4, budgetMs: 0 });
  io.on('connection', (socket) => void socket.join(socket.handshake.query.room as string));
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  for (let i = 0; i < 10; i++) {
    const socket: Socket<Events> = connect(url, {
      transports: ['websocket'],
      forceNew: true,
      query: { room: i < 9 ? 'crowd' : 'alone' },
    });
    received.set(socket, []);
    socket.on('tick', (n) => received.get(socket)?.push(n));
    clients.push(socket);
    await new Promise<void>((resolve) => socket.on('connect', () => resolve()));
  }
});
afterAll(async () => {
  for (const socket of clients) socket.disconnect();
  slicing.stop();
  await io.close();
});

const until = async (test: () => boolean) => {
  for (let waited = 0; !test(); waited += 10) {
    if (waited > 5000) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('broadcasts written in slices', () => {
  it('writes a large room a slice per turn of the event loop, and lets other work run in between', async () => {
    for (const list of received.values()) list.length = 0;
    io.to('crowd').emit('tick', 1);
    // 9 sockets in slices of 4: the first slice is written at once, two wait for later turns.
    expect(slicing.pending()).toBe(2);
    const seenBetween = await new Promise<number>((resolve) =>
      setImmediate(() => resolve(slicing.pending())),
    );
    // Work scheduled after the broadcast ran before its last slice was written.
    expect(seenBetween).toBe(1);
    await until(() => slicing.pending() === 0);
    const crowd = clients.slice(0, 9);
    await until(() => crowd.every((socket) => received.get(socket)?.length === 1));
    expect(received.get(clients[9]!)).toEqual([]);
  });

  it('keeps every socket’s order across sliced and small broadcasts', async () => {
    for (const list of received.values()) list.length = 0;
    io.to('crowd').emit('tick', 1);
    io.to('crowd').emit('tick', 2);
    // A small broadcast to one member of the crowd waits behind the sliced ones.
    io.to(clients[8]!.id!).emit('tick', 3);
    io.emit('tick', 4);
    await until(() => clients.every((socket) => received.get(socket)?.includes(4) === true));
    for (const socket of clients.slice(0, 8)) expect(received.get(socket)).toEqual([1, 2, 4]);
    expect(received.get(clients[8]!)).toEqual([1, 2, 3, 4]);
    expect(received.get(clients[9]!)).toEqual([4]);
  });

  it('writes a small room at once, even behind a sliced broadcast to other sockets', async () => {
    for (const list of received.values()) list.length = 0;
    io.to('crowd').emit('tick', 6);
    expect(slicing.pending()).toBe(2);
    io.to('alone').emit('tick', 5);
    expect(slicing.pending()).toBe(2);
    await until(() => clients.every((socket) => received.get(socket)?.length === 1));
    expect(received.get(clients[9]!)).toEqual([5]);
  });

  it('writes slices at once while the budget of the turn lasts', async () => {
    const quick = sliceBroadcasts(io.of('/').adapter, { sliceSize: 4, budgetMs: 1000 });
    try {
      io.to('crowd').emit('tick', 7);
      expect(quick.pending()).toBe(0);
    } finally {
      quick.stop();
    }
    await until(() => clients.slice(0, 9).every((socket) => received.get(socket)?.includes(7)));
  });
});
