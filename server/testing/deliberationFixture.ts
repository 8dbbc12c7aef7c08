// Test helper: runs the deliberation room over real sockets: the facilitator opens the room with a rule,
// every juror joins, and each listed dossier goes through presentation, scoring (every juror submits a
// sealed ballot from a grade function) and the reveal.

import { randomBytes } from 'node:crypto';
import { io as connect, type Socket } from 'socket.io-client';
import { DEFAULT_CRITERIA } from '../../shared/process/processEvents';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol';
import type { RuleChoices } from '../../shared/scoring/rule';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The data of a socket acknowledgement, or an error naming its code. */
export async function ok<T>(
  answer: Promise<{ ok: true; data: T } | { ok: false; error: { code: string; message: string } }>,
): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data;
}

function open(url: string, cookie?: string): Promise<Client> {
  const socket: Client = connect(url, {
    transports: ['websocket'],
    forceNew: true,
    ...(cookie === undefined ? {} : { extraHeaders: { cookie } }),
  });
  return new Promise((resolve, reject) => {
    socket.on('connect', () => resolve(socket));
    socket.on('connect_error', reject);
  });
}

/**
 * The facilitator joins the room of `processId` (which registers them, then answers that it is closed)
 * and opens it on the majority-7 scale, public or confidential as said.
 */
export async function openRoom(
  facilitator: Client,
  processId: string,
  options: { confidential: boolean; secondRound?: boolean; rule?: RuleChoices },
): Promise<void> {
  await facilitator.emitWithAck('room:join', { processId });
  await ok(
    facilitator.emitWithAck('room:open', {
      scale: { kind: 'majority-7' },
      secondRound: options.secondRound ?? false,
      confidential: options.confidential,
      ...(options.rule === undefined ? {} : { rule: options.rule }),
    }),
  );
}

/** Each invitation token's holder joins the open room on a socket of its own, in the order of `tokens`. */
export async function joinJurors(
  open: () => Promise<Client>,
  processId: string,
  tokens: string[],
): Promise<Client[]> {
  const jurors: Client[] = [];
  for (const token of tokens) {
    const socket = await open();
    await ok(socket.emitWithAck('room:join', { processId, token }));
    jurors.push(socket);
  }
  return jurors;
}

export interface DeliberationPlan {
  url: string;
  processId: string;
  cookie: string;
  tokens: string[];
  rule?: RuleChoices;
  /** Public (observers see each reveal live) or confidential until publication: always said explicitly. */
  confidential: boolean;
  /** Dossiers to deliberate, in order, with the grade each seat gives each criterion. */
  dossiers: { id: string; grade: (seat: number, criterion: string) => string }[];
}

/** Runs the plan, then disconnects everyone. */
export async function deliberate(plan: DeliberationPlan): Promise<void> {
  const sockets: Client[] = [];
  try {
    const facilitator = await open(plan.url, plan.cookie);
    sockets.push(facilitator);
    await openRoom(facilitator, plan.processId, {
      confidential: plan.confidential,
      ...(plan.rule === undefined ? {} : { rule: plan.rule }),
    });
    const jurors = await joinJurors(
      async () => {
        const socket = await open(plan.url);
        sockets.push(socket);
        return socket;
      },
      plan.processId,
      plan.tokens,
    );
    for (const dossier of plan.dossiers) {
      await ok(facilitator.emitWithAck('agenda:move', { dossierId: dossier.id }));
      await ok(facilitator.emitWithAck('phase:start', { phase: 'presentation' }));
      await ok(facilitator.emitWithAck('phase:start', { phase: 'scoring' }));
      await Promise.all(
        jurors.map((socket, i) =>
          ok(
            socket.emitWithAck('score:submit', {
              ballot: {
                dossierId: dossier.id,
                round: 1,
                grades: Object.fromEntries(
                  DEFAULT_CRITERIA.map((c) => [c.id, dossier.grade(i + 1, c.id)]),
                ),
                nonce: randomBytes(16).toString('hex'),
              },
            }),
          ),
        ),
      );
      await ok(facilitator.emitWithAck('phase:start', { phase: 'reveal' }));
    }
  } finally {
    for (const socket of sockets) socket.disconnect();
  }
}
