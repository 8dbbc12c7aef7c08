// The Socket.IO contract between server and browsers: the only place event names are written.
// Spec: docs/event-log.md, section "Live updates". Acks answer { ok: true, data } or { ok: false, error }.

import { z } from 'zod';
import type { ChainedEvent } from './events/eventChain';
import type { ErrorCode } from './errors';

export const PROTOCOL_VERSION = 1;

export const ProcessWatch = z.strictObject({ processId: z.string().regex(/^[0-9a-f]{16}$/) });
export type ProcessWatch = z.infer<typeof ProcessWatch>;

export type Ack<T> = (
  answer: { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } },
) => void;

export interface ClientToServerEvents {
  /** Follow a process's public log; the ack gives the current head so the client can catch up. */
  'process:watch': (payload: ProcessWatch, ack: Ack<{ lastSeq: number; head: string }>) => void;
  'process:unwatch': (payload: ProcessWatch, ack: Ack<null>) => void;
}

export interface ServerToClientEvents {
  /** New events, sent only after they are durable. */
  'process:events': (payload: { processId: string; events: ChainedEvent[] }) => void;
}

export interface InterServerEvents {
  ping: () => void;
}

export interface SocketData {
  protocolVersion: number;
}

export const processRoom = (processId: string): string => `process:${processId}`;
