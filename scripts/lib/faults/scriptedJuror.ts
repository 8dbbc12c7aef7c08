// A scripted juror for the fault run: submits ballots on the current dossier as fast as acknowledgements
// come back, remembers every nonce the server acknowledged, and on each re-entry into the room checks that
// the ballot the server kept is the last acknowledged one (or a later one whose answer the crash swallowed).

import { randomBytes } from 'node:crypto';
import { DEFAULT_CRITERIA } from '../../../shared/process/processEvents';
import { MAJORITY_GRADES } from '../../../shared/scoring/gradingScale';
import type { RoomView } from '../../../shared/deliberation/roomView';
import { joinRoom, request, type RoomParticipant } from './roomSocket';

export interface JurorLedger {
  seat: number;
  /** Nonces of the ballots the server acknowledged, per dossier, oldest first. */
  acked: Map<string, string[]>;
  /** Nonces sent since the last acknowledgement whose answer never came (the connection dropped). */
  unanswered: string[];
  /** Acknowledged ballots the server no longer had when the juror came back. */
  lost: { dossierId: string; expected: string; found: string | undefined }[];
  /** Refusals (any is a failure: the script only sends valid ballots while scoring is open). */
  refusals: string[];
}

export interface ScriptedJuror {
  ledger: JurorLedger;
  /** Starts submitting on `dossierId` (round 1) until `stop`. */
  start(dossierId: string): void;
  /** Stops after the request in flight; resolves when the loop has ended. */
  stop(): Promise<void>;
  /** Acknowledgements received since `start` or the last re-entry into the room, whichever is later. */
  acksSinceJoin(): number;
  /** performance.now() of the first acknowledgement after the last re-entry, if any. */
  resumedAt(): number | undefined;
  /** Resolves once `acksSinceJoin()` reaches `count` or the juror is stopped. */
  waitForAcks(count: number): Promise<void>;
  close(): void;
}

export function scriptedJuror(
  url: string,
  processId: string,
  seat: number,
  token: string,
  grade: () => number,
): ScriptedJuror {
  const ledger: JurorLedger = { seat, acked: new Map(), unanswered: [], lost: [], refusals: [] };
  let dossierId: string | undefined;
  let running = false;
  let loop: Promise<void> = Promise.resolve();
  let sinceJoin = 0;
  let resumed: number | undefined;
  let ackWaiters: (() => void)[] = [];

  const checkKept = (view: RoomView) => {
    sinceJoin = 0;
    resumed = undefined;
    if (dossierId === undefined) return;
    const acked = ledger.acked.get(dossierId) ?? [];
    const last = acked[acked.length - 1];
    if (last === undefined) return;
    const kept = view.current?.dossierId === dossierId ? view.myBallot?.nonce : undefined;
    // The kept ballot is the last acknowledged one, or one sent after it whose answer was lost.
    if (kept !== last && !(kept !== undefined && ledger.unanswered.includes(kept)))
      ledger.lost.push({ dossierId, expected: last, found: kept });
    ledger.unanswered = [];
  };
  const participant: RoomParticipant = joinRoom(url, processId, { token }, checkKept);
  // Until it is back in the room, the juror has not resumed.
  participant.socket.on('disconnect', () => {
    sinceJoin = 0;
    resumed = undefined;
  });

  const wakeAckWaiters = () => {
    const waiting = ackWaiters;
    ackWaiters = [];
    for (const wake of waiting) wake();
  };

  async function submitUntilStopped(): Promise<void> {
    while (running) {
      await participant.joined();
      if (!running || dossierId === undefined) break;
      const target = dossierId;
      const nonce = randomBytes(16).toString('hex');
      ledger.unanswered.push(nonce);
      const ballot = {
        dossierId: target,
        round: 1,
        grades: Object.fromEntries(
          DEFAULT_CRITERIA.map((c) => [
            c.id,
            MAJORITY_GRADES[grade() % MAJORITY_GRADES.length] as string,
          ]),
        ),
        nonce,
      };
      const outcome = await request<{ seal: string }>(participant.socket, (ack) =>
        participant.socket.emit('score:submit', { ballot }, ack),
      );
      if (outcome.kind === 'ok') {
        const list = ledger.acked.get(target) ?? [];
        list.push(nonce);
        ledger.acked.set(target, list);
        ledger.unanswered = [];
        sinceJoin++;
        resumed ??= performance.now();
        wakeAckWaiters();
      } else if (outcome.kind === 'refused') {
        ledger.refusals.push(`${outcome.code}: ${outcome.message}`);
        ledger.unanswered = ledger.unanswered.filter((sent) => sent !== nonce);
        running = false;
      }
      // disconnected: wait for the next join, which checks what the server kept.
    }
    wakeAckWaiters();
  }

  return {
    ledger,
    start(target) {
      dossierId = target;
      sinceJoin = 0;
      running = true;
      loop = submitUntilStopped();
    },
    async stop() {
      running = false;
      wakeAckWaiters();
      await loop;
    },
    acksSinceJoin: () => sinceJoin,
    resumedAt: () => resumed,
    waitForAcks: (count) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (sinceJoin >= count || !running) resolve();
          else ackWaiters.push(check);
        };
        check();
      }),
    close: () => participant.close(),
  };
}
