// The room side of `bench:load`: a facilitator who takes each dossier through presentation, scoring and
// the reveal, and jurors who keep submitting (and revising) sealed ballots while scoring is open. As in the
// real client, a juror starts once their own room view shows the dossier in scoring. The facilitator
// reveals once the dossier has been in scoring long enough and every juror has a ballot in.

import { randomBytes } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { MAJORITY_GRADES } from '../../shared/scoring/gradingScale';
import { DEFAULT_CRITERIA } from '../../shared/process/processEvents';
import type { RoomView } from '../../shared/deliberation/roomView';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol';
import type { LoadMetrics } from './loadMetrics';
import { openSocket } from './loadObservers';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
type TimedClient = ReturnType<Client['timeout']>;
type Answer = { ok: true } | { ok: false; error: { code: string; message: string } };

const ACK_TIMEOUT_MS = 10_000;
const VIEW_TIMEOUT_MS = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Jury {
  facilitator: Client;
  jurors: Client[];
  /** Runs dossiers until `shouldStop()` is true (the current dossier is then revealed) or none is left. */
  deliberate(shouldStop: () => boolean): Promise<{ dossiersLeft: number }>;
  close(): void;
}

export async function seatJury(
  plan: { url: string; processId: string; cookie: string; tokens: string[]; dossierIds: string[] },
  pacing: { thinkMs: number; dossierSeconds: number },
  metrics: LoadMetrics,
): Promise<Jury> {
  let isClosing = false;
  const watchDisconnect = (socket: Client, who: string) =>
    socket.on('disconnect', (reason) => {
      if (!isClosing) metrics.countError(`${who} disconnected (${reason})`);
    });
  const must = async (answer: Promise<Answer>, what: string) => {
    const result = await answer;
    if (!result.ok) throw new Error(`${what}: ${result.error.code} ${result.error.message}`);
  };

  const facilitator = await openSocket(plan.url, plan.cookie);
  watchDisconnect(facilitator, 'facilitator');
  // Joining a room that is not open registers the facilitator (the answer says it is closed); then open it.
  await facilitator.emitWithAck('room:join', { processId: plan.processId });
  await must(
    // Public: every reveal goes to every observer, the heaviest broadcast.
    facilitator.emitWithAck('room:open', {
      scale: { kind: 'majority-7' },
      secondRound: false,
      confidential: false,
    }),
    'room:open',
  );
  const jurors: Client[] = [];
  const latestViews = new Map<Client, RoomView>();
  for (const token of plan.tokens) {
    const socket = await openSocket(plan.url);
    watchDisconnect(socket, 'juror');
    socket.on('room:view', (view) => latestViews.set(socket, view));
    await must(socket.emitWithAck('room:join', { processId: plan.processId, token }), 'room:join');
    jurors.push(socket);
  }

  /** Resolves true once the juror's own view shows `dossierId` in scoring; false (an error) after 10 s. */
  const scoringShown = (juror: Client, dossierId: string) =>
    new Promise<boolean>((resolve) => {
      const isScoring = (view: RoomView | undefined) =>
        view?.current?.dossierId === dossierId && view.current.phase === 'scoring';
      if (isScoring(latestViews.get(juror))) return resolve(true);
      const timeout = setTimeout(() => {
        juror.off('room:view', listener);
        metrics.countError('juror never shown scoring');
        resolve(false);
      }, VIEW_TIMEOUT_MS);
      const listener = (view: RoomView) => {
        if (!isScoring(view)) return;
        clearTimeout(timeout);
        juror.off('room:view', listener);
        resolve(true);
      };
      juror.on('room:view', listener);
      return undefined;
    });

  /** One facilitator action, timed. */
  const act = async (
    run: (socket: TimedClient) => Promise<Answer>,
    what: string,
  ): Promise<boolean> => {
    const start = performance.now();
    try {
      const result = await run(facilitator.timeout(ACK_TIMEOUT_MS));
      metrics.facilitatorAcks.record(performance.now() - start);
      if (!result.ok) {
        metrics.countError(`ack error (${what}: ${result.error.code})`);
        return false;
      }
      return true;
    } catch {
      metrics.countError(`ack timeout (${what})`);
      return false;
    }
  };

  /** A juror's loop for one dossier: submit, wait for the ack, think, again, until scoring closes. */
  const score = async (
    juror: Client,
    dossierId: string,
    isOpen: () => boolean,
    onAck: () => void,
  ) => {
    if (!(await scoringShown(juror, dossierId))) return;
    while (isOpen()) {
      const ballot = {
        dossierId,
        round: 1,
        grades: Object.fromEntries(
          DEFAULT_CRITERIA.map((criterion) => [
            criterion.id,
            MAJORITY_GRADES[Math.floor(Math.random() * MAJORITY_GRADES.length)] as string,
          ]),
        ),
        nonce: randomBytes(16).toString('hex'),
      };
      const start = performance.now();
      try {
        const result = await juror.timeout(ACK_TIMEOUT_MS).emitWithAck('score:submit', { ballot });
        metrics.scoreAcks.record(performance.now() - start);
        if (result.ok) {
          metrics.ballots++;
          onAck();
        } else metrics.countError(`ack error (score:submit: ${result.error.code})`);
      } catch {
        metrics.countError('ack timeout (score:submit)');
      }
      if (pacing.thinkMs > 0 && isOpen()) await sleep(pacing.thinkMs);
    }
  };

  return {
    facilitator,
    jurors,
    async deliberate(shouldStop) {
      let next = 0;
      while (!shouldStop() && next < plan.dossierIds.length) {
        const dossierId = plan.dossierIds[next++] as string;
        const ready =
          (await act((s) => s.emitWithAck('agenda:move', { dossierId }), 'agenda:move')) &&
          (await act(
            (s) => s.emitWithAck('phase:start', { phase: 'presentation' }),
            'phase:start',
          )) &&
          (await act((s) => s.emitWithAck('phase:start', { phase: 'scoring' }), 'phase:start'));
        if (!ready) break;
        const openedAt = performance.now();
        let isOpen = true;
        const scored = new Set<number>();
        const loops = jurors.map((juror, i) =>
          score(
            juror,
            dossierId,
            () => isOpen,
            () => scored.add(i),
          ),
        );
        const isFull = () => scored.size === jurors.length;
        const elapsed = () => performance.now() - openedAt;
        while (!((elapsed() >= pacing.dossierSeconds * 1000 || shouldStop()) && isFull())) {
          // A juror whose ballots keep failing must not hold the room forever: reveal without them.
          if (elapsed() > pacing.dossierSeconds * 1000 + 30_000) {
            metrics.countError('round not full after 30 s');
            break;
          }
          await sleep(50);
        }
        // Ballots in flight are acknowledged before the reveal, as a facilitator waits for the last juror.
        isOpen = false;
        await Promise.all(loops);
        if (!(await act((s) => s.emitWithAck('phase:start', { phase: 'reveal' }), 'phase:start')))
          break;
        metrics.reveals++;
      }
      return { dossiersLeft: plan.dossierIds.length - next };
    },
    close() {
      isClosing = true;
      facilitator.disconnect();
      for (const juror of jurors) juror.disconnect();
    },
  };
}
