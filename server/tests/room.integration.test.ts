import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import { sealBallot } from '../../shared/deliberation/ballot';
import type { Dossier } from '../../shared/dossier/dossier';
import type { RoomView } from '../../shared/deliberation/roomView';
import { verifyChain, type ChainedEvent } from '../../shared/events/eventChain';
import { foldProcess, type ProcessState } from '../../shared/process/processState';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol';
import { drawnJuryWithDossiers } from '../testing/ceremonyFixture';
import { data, startTestServer, type ApiClient, type TestServer } from '../testing/testServer';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
const CRITERIA = ['general-interest', 'impact', 'quality', 'openness', 'support-value'];
const GRADES = [
  'a-rejeter',
  'insuffisant',
  'passable',
  'assez-bien',
  'bien',
  'tres-bien',
  'excellent',
];

let server: TestServer;
let organiser: ApiClient;
let processId: string;
let tokens: string[];
const sockets: Client[] = [];
let cookie: string;

function open(options: { cookie?: string } = {}): Promise<Client> {
  const socket: Client = connect(server.url, {
    transports: ['websocket'],
    forceNew: true,
    ...(options.cookie === undefined ? {} : { extraHeaders: { cookie: options.cookie } }),
  });
  sockets.push(socket);
  return new Promise((resolve) => socket.on('connect', () => resolve(socket)));
}

async function ok<T>(
  answer: Promise<{ ok: true; data: T } | { ok: false; error: { code: string; message: string } }>,
): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data;
}

const ballot = (dossierId: string, roundNumber: number, grade: (criterion: string) => string) => ({
  dossierId,
  round: roundNumber,
  grades: Object.fromEntries(CRITERIA.map((id) => [id, grade(id)])),
  nonce: randomBytes(16).toString('hex'),
});

beforeAll(async () => {
  server = await startTestServer();
  ({ processId, cookie, tokens, organiser } = await drawnJuryWithDossiers(server, {
    alternates: 2,
  }));
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await server.close();
});

describe('the deliberation room with 15 real socket clients', () => {
  it('runs a dossier with hidden scores, a conflict, a reconnection, a reveal and a second round', async () => {
    const facilitator = await open({ cookie });
    const refused = await facilitator.emitWithAck('room:join', { processId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'TRANSITION_REFUSED' } });
    await ok(
      facilitator.emitWithAck('room:open', {
        scale: { kind: 'majority-7' },
        secondRound: true,
        // This suite checks what observers see of public reveals.
        confidential: false,
      }),
    );

    const jurors: Client[] = [];
    const received = new Map<number, RoomView[]>();
    for (let seat = 1; seat <= 15; seat++) {
      const socket = await open();
      received.set(seat, []);
      socket.on('room:view', (view) => received.get(seat)!.push(view));
      const view = await ok(
        socket.emitWithAck('room:join', { processId, token: tokens[seat - 1]! }),
      );
      expect(view.role).toEqual({ kind: 'juror', seat });
      jurors.push(socket);
    }
    const observer = await open();
    const observerViews: RoomView[] = [];
    observer.on('room:view', (view) => observerViews.push(view));
    expect((await ok(observer.emitWithAck('room:join', { processId }))).role).toEqual({
      kind: 'observer',
    });

    // Juror 3 has a conflict on dossier 1.
    await ok(jurors[2]!.emitWithAck('conflict:declare', { dossierId: 'AIC-2026-001' }));
    await ok(facilitator.emitWithAck('agenda:move', { dossierId: 'AIC-2026-001' }));
    for (const phase of ['presentation', 'discussion', 'scoring'] as const)
      await ok(facilitator.emitWithAck('phase:start', { phase }));

    const nonces = new Map<number, string>();
    const seals = new Map<number, string>();
    for (let seat = 1; seat <= 15; seat++) {
      if (seat === 3) continue;
      const b = ballot(
        'AIC-2026-001',
        1,
        (criterion) => GRADES[(seat + CRITERIA.indexOf(criterion)) % 7]!,
      );
      nonces.set(seat, b.nonce);
      const { seal } = await ok(jurors[seat - 1]!.emitWithAck('score:submit', { ballot: b }));
      expect(seal).toBe(sealBallot(b));
      seals.set(seat, seal);
    }
    // A double submit counts once; a conflicted juror cannot score.
    const again = ballot('AIC-2026-001', 1, () => 'excellent');
    nonces.set(5, again.nonce);
    await ok(jurors[4]!.emitWithAck('score:submit', { ballot: again }));
    await ok(jurors[4]!.emitWithAck('score:submit', { ballot: again }));
    expect(
      await jurors[2]!.emitWithAck('score:submit', {
        ballot: ballot('AIC-2026-001', 1, () => 'bien'),
      }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    // Juror 7 drops and comes back in the middle of scoring: the authoritative view restores their ballot.
    jurors[6]!.disconnect();
    const back = await open();
    const restored = await ok(back.emitWithAck('room:join', { processId, token: tokens[6]! }));
    expect(restored.myBallot?.nonce).toBe(nonces.get(7));
    // …with the seal it was acknowledged with, so the juror sees it as recorded after a reload.
    expect(restored.mySeal).toBe(seals.get(7));
    expect(restored.mySeal).toBe(sealBallot(restored.myBallot!));
    expect(restored.progress).toEqual({ submitted: 14, eligible: 14 });

    // Before the reveal, no juror received another juror's ballot.
    for (const [seat, views] of received) {
      for (const view of views) {
        const text = JSON.stringify(view);
        for (const [other, nonce] of nonces) if (other !== seat) expect(text).not.toContain(nonce);
        for (const [other, seal] of seals) if (other !== seat) expect(text).not.toContain(seal);
        expect(view.revealed).toEqual([]);
        expect(view.scoredDossiers).toEqual([]);
      }
    }
    for (const view of observerViews) expect(view.mySeal).toBeUndefined();

    await ok(facilitator.emitWithAck('phase:start', { phase: 'reveal' }));
    const facilitatorView = await ok(facilitator.emitWithAck('room:join', { processId }));
    const result = facilitatorView.revealed[0]!;
    expect(result).toMatchObject({
      dossierId: 'AIC-2026-001',
      round: 1,
      ballots: 14,
      eligible: 14,
    });
    expect(result.distributions).toHaveLength(5);
    expect(facilitatorView.scoredDossiers).toEqual(['AIC-2026-001']);
    expect(
      result.distributions[0]!.counts.reduce((a, b) => a + b, 0) +
        result.distributions[0]!.abstentions,
    ).toBe(14);
    expect(result.bySeat?.find((entry) => entry.seat === 5)?.grades['quality']).toBe('excellent');
    const conflicted = await ok(
      jurors[2]!.emitWithAck('room:join', { processId, token: tokens[2]! }),
    );
    expect(conflicted.revealed[0]!.bySeat).toBeUndefined();
    const other = await ok(jurors[0]!.emitWithAck('room:join', { processId, token: tokens[0]! }));
    expect(other.revealed[0]!.bySeat).toHaveLength(14);
    expect(observerViews.at(-1)?.revealed[0]?.bySeat).toBeUndefined();

    // Second round, both rounds kept.
    await ok(facilitator.emitWithAck('phase:start', { phase: 'discussion' }));
    await ok(facilitator.emitWithAck('phase:start', { phase: 'scoring' }));
    for (let seat = 1; seat <= 15; seat++)
      if (seat !== 3)
        await ok(
          (seat === 7 ? back : jurors[seat - 1]!).emitWithAck('score:submit', {
            ballot: ballot('AIC-2026-001', 2, () => 'bien'),
          }),
        );
    await ok(facilitator.emitWithAck('phase:start', { phase: 'reveal' }));
    const final = await ok(facilitator.emitWithAck('room:join', { processId }));
    expect(final.revealed.map((entry) => [entry.dossierId, entry.round, entry.ballots])).toEqual([
      ['AIC-2026-001', 1, 14],
      ['AIC-2026-001', 2, 14],
    ]);

    // The public log verifies, replays, and its revealed ballots carry no seats.
    const log = JSON.parse(
      (await server.client().get(`/api/public/processes/${processId}/log.json`)).text,
    ) as ChainedEvent[];
    expect(verifyChain(log).ok).toBe(true);
    expect(foldProcess(log)?.room?.revealed).toHaveLength(2);
    const revealedEvents = log.filter((event) => event.type === 'ballots.revealed');
    expect(JSON.stringify(revealedEvents)).not.toMatch(/"seat"/);
  });

  it('refuses invalid and forbidden payloads from every role, changing nothing', async () => {
    const before = (await organiser.get<ProcessState>(`/api/processes/${processId}`)).body;
    const juror = await open();
    await ok(juror.emitWithAck('room:join', { processId, token: tokens[0]! }));
    const observer = await open();
    await ok(observer.emitWithAck('room:join', { processId }));
    const stranger = await open();
    const facilitator = await open({ cookie });
    await ok(facilitator.emitWithAck('room:join', { processId }));

    const expectCode = async (answer: Promise<unknown>, code: string) =>
      expect(await answer).toMatchObject({ ok: false, error: { code } });
    await expectCode(juror.emitWithAck('agenda:move', { dossierId: 'AIC-2026-002' }), 'FORBIDDEN');
    await expectCode(juror.emitWithAck('phase:start', { phase: 'reveal' }), 'FORBIDDEN');
    await expectCode(observer.emitWithAck('score:submit', { ballot: {} }), 'FORBIDDEN');
    await expectCode(stranger.emitWithAck('score:submit', { ballot: {} }), 'FORBIDDEN');
    await expectCode(
      stranger.emitWithAck('room:join', { processId, token: 'x'.repeat(22) }),
      'TOKEN_INVALID',
    );
    await expectCode(
      stranger.emitWithAck('room:join', { processId: '../../etc' } as never),
      'VALIDATION_FAILED',
    );
    await expectCode(
      facilitator.emitWithAck('phase:start', { phase: 'teleport' } as never),
      'VALIDATION_FAILED',
    );
    await expectCode(
      facilitator.emitWithAck('agenda:move', { dossierId: 'AIC-2026-999' }),
      'VALIDATION_FAILED',
    );
    await expectCode(
      facilitator.emitWithAck('conflict:declare', { dossierId: 'AIC-2026-001' }),
      'FORBIDDEN',
    );
    await expectCode(
      juror.emitWithAck('score:submit', {
        ballot: { dossierId: 'AIC-2026-001', round: 1, grades: { quality: 'bien' }, nonce: 'ab' },
      }),
      'VALIDATION_FAILED',
    );
    // Scoring is closed: a late ballot is refused.
    await expectCode(
      juror.emitWithAck('score:submit', { ballot: ballot('AIC-2026-001', 2, () => 'excellent') }),
      'TRANSITION_REFUSED',
    );
    expect((await organiser.get<ProcessState>(`/api/processes/${processId}`)).body).toEqual(before);
  });
});

describe('discussion tools', () => {
  it('runs a discussion timer, a raise-hand queue in order, and tracks presence without logging it', async () => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const facilitator = await open({ cookie });
    await ok(facilitator.emitWithAck('room:join', { processId }));
    await ok(facilitator.emitWithAck('agenda:move', { dossierId: 'AIC-2026-002' }));
    await ok(facilitator.emitWithAck('phase:start', { phase: 'presentation' }));
    const jurorA = await open();
    const jurorB = await open();
    await ok(jurorA.emitWithAck('room:join', { processId, token: tokens[3]! }));
    const joinedB = await ok(jurorB.emitWithAck('room:join', { processId, token: tokens[4]! }));
    expect(joinedB.present).toEqual(expect.arrayContaining([4, 5]));
    expect(await jurorA.emitWithAck('hand:raise', {})).toMatchObject({
      ok: false,
      error: { code: 'TRANSITION_REFUSED' },
    });
    await ok(facilitator.emitWithAck('phase:start', { phase: 'discussion' }));
    const timed = await ok(facilitator.emitWithAck('timer:start', { seconds: 300 }));
    expect(Date.parse(timed.timer!.endsAt) - Date.parse(server.clock.now().toISOString())).toBe(
      300_000,
    );
    await ok(jurorB.emitWithAck('hand:raise', {}));
    const queued = await ok(jurorA.emitWithAck('hand:raise', {}));
    expect(queued.hands).toEqual([5, 4]);
    expect(await jurorA.emitWithAck('hand:lower', { seat: 5 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await jurorA.emitWithAck('timer:start', { seconds: 60 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const floor = await ok(facilitator.emitWithAck('hand:lower', { seat: 5 }));
    expect(floor.hands).toEqual([4]);
    jurorB.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const after = await ok(facilitator.emitWithAck('room:join', { processId }));
    expect(after.present).not.toContain(5);
    const log = JSON.parse(
      (await server.client().get(`/api/public/processes/${processId}/log.json`)).text,
    ) as ChainedEvent[];
    expect(log.map((event) => event.type)).toEqual(
      expect.arrayContaining(['timer.started', 'hand.raised', 'hand.lowered']),
    );
    expect(log.filter((event) => /presence|connect|join/.test(event.type))).toEqual([]);
    expect(JSON.stringify(log)).not.toContain('"present"');
  });
});

describe('display names', () => {
  it('are shown to the facilitator and jurors, never to observers nor in the log', async () => {
    const juror = await open();
    await ok(juror.emitWithAck('room:join', { processId, token: tokens[5]! }));
    expect(await juror.emitWithAck('juror:name', { displayName: '<img src=x>' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
    const named = await ok(juror.emitWithAck('juror:name', { displayName: 'Amélie D’Orsay' }));
    expect(named.names['6']).toBe('Amélie D’Orsay');
    const facilitator = await open({ cookie });
    expect((await ok(facilitator.emitWithAck('room:join', { processId }))).names['6']).toBe(
      'Amélie D’Orsay',
    );
    const observer = await open();
    expect((await ok(observer.emitWithAck('room:join', { processId }))).names).toEqual({});
    expect(await facilitator.emitWithAck('juror:name', { displayName: 'Animateur' })).toMatchObject(
      { ok: false, error: { code: 'FORBIDDEN' } },
    );
    const log = (await server.client().get(`/api/public/processes/${processId}/log.json`)).text;
    expect(log).not.toContain('Amélie');
  });
});

describe('the full dossiers', () => {
  it('are served once over HTTP to anyone who may enter the room, while the views carry summaries', async () => {
    const served = data(
      await server
        .client()
        .get<{ dossiers: Dossier[] }>(`/api/public/processes/${processId}/dossiers`),
    );
    const observer = await open();
    const view = await ok(observer.emitWithAck('room:join', { processId }));
    expect(served.dossiers.map((d) => d.id)).toEqual(view.dossiers.map((d) => d.id));
    const first = served.dossiers[0]!;
    expect(first.description.length).toBeGreaterThan(0);
    expect(Object.keys(first.prescreening).sort()).toEqual(
      ['admissible', 'feasibility', 'impact', 'solidity', 'supportValue'].sort(),
    );
    // The broadcast views stay small: no description, no pre-screening.
    expect(JSON.stringify(view)).not.toContain(first.description);
    expect(JSON.stringify(view)).not.toContain(first.prescreening.solidity.comment);
    expect(
      (await server.client().get('/api/public/processes/no-such-process/dossiers')).status,
    ).toBe(404);
  });
});
