// The fault run's facilitator: an organiser socket that reconnects after each restart and records every
// room action the server acknowledged, so that the run can check each is in the log exactly once.

import type { Phase } from '../../../shared/deliberation/roomEvents';
import { RoomEventType } from '../../../shared/deliberation/roomEvents';
import { joinRoom, request } from './roomSocket';

/** An acknowledged facilitator action and the event it must have left in the chain. */
export interface AckedAction {
  type: string;
  payload: Record<string, unknown>;
}

export interface Facilitator {
  acked: AckedAction[];
  open(): Promise<void>;
  move(dossierId: string): Promise<void>;
  phase(dossierId: string, phase: Phase): Promise<void>;
  close(): void;
}

/** @throws from any action the server refuses or leaves unanswered */
export function facilitator(url: string, processId: string, cookie: string): Facilitator {
  const participant = joinRoom(url, processId, { cookie });
  const acked: AckedAction[] = [];
  async function act<T>(
    name: string,
    send: Parameters<typeof request<T>>[1],
    expected?: AckedAction,
  ): Promise<void> {
    await participant.joined();
    const outcome = await request<T>(participant.socket, send);
    if (outcome.kind !== 'ok')
      throw new Error(
        `facilitator ${name}: ${outcome.kind === 'refused' ? `${outcome.code} ${outcome.message}` : 'no answer'}`,
      );
    if (expected !== undefined) acked.push(expected);
  }
  const socket = participant.socket;
  return {
    acked,
    open: () =>
      act('room:open', (ack) =>
        socket.emit(
          'room:open',
          { scale: { kind: 'majority-7' }, secondRound: false, confidential: false },
          ack,
        ),
      ),
    move: (dossierId) =>
      act('agenda:move', (ack) => socket.emit('agenda:move', { dossierId }, ack), {
        type: RoomEventType.AgendaMoved,
        payload: { dossierId },
      }),
    phase: (dossierId, phase) =>
      act('phase:start', (ack) => socket.emit('phase:start', { phase }, ack), {
        type: RoomEventType.PhaseStarted,
        payload: { dossierId, phase, round: 1 },
      }),
    close: () => participant.close(),
  };
}
