// A confidential deliberation over the real server and real sockets: before `results.published` no
// public route, observer view or public log push discloses a grade, a ballot, a ranking, a winner or a
// per-dossier aggregate; afterwards all of them do. A public deliberation shows observers each reveal
// live. The projector link shows the reveals to the room only, until the facilitator revokes it.

import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyBundleBytes } from '../../shared/audit/verifyBundle';
import type { RoomView } from '../../shared/deliberation/roomView';
import { verifyChain, type ChainedEvent } from '../../shared/events/eventChain';
import {
  isWithheld,
  type Checkpoint,
  type PublicLogEntry,
} from '../../shared/events/publicLogEntry';
import { DEFAULT_CRITERIA } from '../../shared/process/processEvents';
import { drawnJuryWithDossiers } from '../testing/ceremonyFixture';
import { ok } from '../testing/deliberationFixture';
import { Role } from '../http/routes';
import { socketClients, type Client } from '../testing/socketClients';
import { startTestServer, type ApiClient, type TestServer } from '../testing/testServer';

const servers: TestServer[] = [];
let current: TestServer | undefined;
const sockets = socketClients(() => (current as TestServer).url);
afterAll(async () => {
  sockets.disconnectAll();
  for (const server of servers) await server.close();
});

/** Lets the server's coalesced broadcasts (setImmediate) reach every socket. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

/**
 * What gives away grades, ballots, a ranking, winners or a per-dossier aggregate in any JSON or CSV the
 * server sends: the revealed ballots' nonces (random, known only to the jurors who drew them), and the
 * keys of revealed ballots, aggregates and results (a seat's `rank` in the draw is not one of them).
 */
function disclosures(text: string, nonces: readonly string[]): string[] {
  const markers = [
    'ballots.revealed',
    '"ballots"',
    '"nonce"',
    '"distributions"',
    '"bySeat"',
    '"counts"',
    '"participation"',
    '"profile"',
    '"majorityGrade"',
    '"tiedWith"',
    '"sensitivity"',
    '"shortlist"',
    '"shortlisted"',
    ...nonces,
  ];
  return markers.filter((marker) => text.includes(marker));
}

interface Session {
  server: TestServer;
  processId: string;
  cookie: string;
  organiser: ApiClient;
  facilitator: Client;
  tokens: string[];
  jurors: Client[];
  nonces: string[];
}

async function openSession(): Promise<Session> {
  const server = await startTestServer();
  servers.push(server);
  current = server;
  const { processId, cookie, tokens, organiser } = await drawnJuryWithDossiers(server, {
    title: 'Délibération',
    seats: 5,
    dossierTitles: ['Alpha', 'Bêta', 'Gamma'],
  });
  const facilitator = await sockets.open(cookie);
  await facilitator.emitWithAck('room:join', { processId });
  return { server, processId, cookie, organiser, facilitator, tokens, jurors: [], nonces: [] };
}

async function openRoom(session: Session, confidential?: boolean) {
  await ok(
    session.facilitator.emitWithAck('room:open', {
      scale: { kind: 'majority-7' },
      secondRound: false,
      rule: { quorum: 3 },
      ...(confidential === undefined ? {} : { confidential }),
    }),
  );
  for (const token of session.tokens) {
    const juror = await sockets.open();
    await ok(juror.emitWithAck('room:join', { processId: session.processId, token }));
    session.jurors.push(juror);
  }
}

/** One dossier through presentation, scoring (every juror) and the reveal. */
async function deliberateOn(session: Session, n: number): Promise<void> {
  const dossierId = `AIC-2026-00${n}`;
  const { facilitator } = session;
  await ok(facilitator.emitWithAck('agenda:move', { dossierId }));
  await ok(facilitator.emitWithAck('phase:start', { phase: 'presentation' }));
  await ok(facilitator.emitWithAck('phase:start', { phase: 'scoring' }));
  await Promise.all(
    session.jurors.map((juror, i) => {
      const nonce = randomBytes(16).toString('hex');
      session.nonces.push(nonce);
      return ok(
        juror.emitWithAck('score:submit', {
          ballot: {
            dossierId,
            round: 1,
            grades: Object.fromEntries(
              DEFAULT_CRITERIA.map((c) => [
                c.id,
                n === 1 ? 'excellent' : i < 3 ? 'bien' : 'passable',
              ]),
            ),
            nonce,
          },
        }),
      );
    }),
  );
  await ok(facilitator.emitWithAck('phase:start', { phase: 'reveal' }));
  await settle();
}

/** Every public GET route of the route table that names a process, with this process's id. */
function publicGetPaths(server: TestServer, processId: string): string[] {
  const paths = server.app.routes
    .filter((route) => route.role === Role.Public && route.method === 'get')
    .filter((route) => !/:(?!id\b)\w+/.test(route.path))
    .map((route) => route.path.replace(':id', processId));
  expect(paths).toContain(`/api/public/processes/${processId}/results`);
  expect(paths).toContain(`/api/public/processes/${processId}/log.json`);
  expect(paths).toContain(`/api/public/processes/${processId}/audit.json`);
  return paths;
}

const collect = <T>(socket: Client, event: 'room:view' | 'process:events'): T[] => {
  const seen: T[] = [];
  socket.on(event as 'room:view', (payload: unknown) => seen.push(payload as T));
  return seen;
};

describe('a confidential deliberation (the default)', () => {
  it('discloses no ranking, winner or aggregate to the public before publication, and everything after', async () => {
    const session = await openSession();
    const { server, processId, organiser } = session;
    const anyone = server.client();

    // The public follows the log and the room before the room opens.
    const watcher = await sockets.open();
    await ok(watcher.emitWithAck('process:watch', { processId }));
    const pushes = collect<{ processId: string; events: PublicLogEntry[] }>(
      watcher,
      'process:events',
    );
    const observer = await sockets.open();
    await observer.emitWithAck('room:join', { processId });
    const observerViews = collect<RoomView>(observer, 'room:view');

    await openRoom(session); // no setting given: confidential
    const log = JSON.parse((await anyone.get(`/api/public/processes/${processId}/log.json`)).text);
    const opened = (log as ChainedEvent[]).find((e) => e.type === 'deliberation.opened')!;
    expect(opened.payload).toMatchObject({ confidential: true });

    await deliberateOn(session, 1);
    await deliberateOn(session, 2);
    expect(session.nonces).toHaveLength(10);

    // Every public GET route: nothing that discloses, and the result files refused.
    const refused: string[] = [];
    for (const path of publicGetPaths(server, processId)) {
      const answer = await anyone.get(path);
      expect(disclosures(answer.text, session.nonces), path).toEqual([]);
      if (answer.status === 403) {
        expect(answer.body).toMatchObject({ ok: false, error: { code: 'RESULTS_WITHHELD' } });
        refused.push(path.slice(path.lastIndexOf('/') + 1));
      }
    }
    expect(refused.sort()).toEqual(['audit.json', 'grades.csv', 'results.csv', 'results.json']);
    const withheld = await anyone.get<Record<string, unknown>>(
      `/api/public/processes/${processId}/results`,
    );
    expect(withheld.status).toBe(200);
    const room = (await organiser.get<{ lastSeq: number; head: string }>(
      `/api/processes/${processId}`,
    )) as { body: { ok: true; data: { lastSeq: number; head: string } } };
    const head = { seq: room.body.data.lastSeq, hash: room.body.data.head };
    expect(withheld.body).toEqual({
      ok: true,
      data: {
        withheld: true,
        process: { id: processId, title: 'Délibération', status: 'invitations' },
        progress: { dossiers: 3, examined: 2, remaining: 1 },
        rule: (opened.payload as { rule: unknown }).rule,
        head,
      },
    });

    // The public log: every event after deliberation.opened is {seq, hash, withheld}; the checkpoints
    // list each of those heads.
    const publicLog = JSON.parse(
      (await anyone.get(`/api/public/processes/${processId}/log.json`)).text,
    ) as PublicLogEntry[];
    expect(publicLog).toHaveLength(head.seq);
    const shown = publicLog.filter((entry) => entry.seq > opened.seq);
    // 5 seats taken, then per dossier: moved, 3 phases, scoring closed, ballots revealed.
    expect(shown).toHaveLength(5 + 2 * 6);
    for (const entry of shown)
      expect(Object.keys(entry).sort()).toEqual(['hash', 'seq', 'withheld']);
    expect(publicLog[publicLog.length - 1]).toEqual({ ...head, withheld: true });
    const checkpoints = JSON.parse(
      (await anyone.get(`/api/public/processes/${processId}/checkpoints.json`)).text,
    ) as Checkpoint[];
    expect(checkpoints.map(({ seq, hash }) => ({ seq, hash, withheld: true }))).toEqual(shown);

    // The pushes to watchers: the same withheld entries, nothing more.
    const pushed = pushes.flatMap((push) => push.events).filter((e) => e.seq > opened.seq);
    expect(pushed).toEqual(shown);
    expect(disclosures(JSON.stringify(pushes), session.nonces)).toEqual([]);

    // The observer's room view: counts, never a reveal; the same for one who joins now.
    expect(observerViews.length).toBeGreaterThan(5);
    for (const view of observerViews) expect(view.revealed).toEqual([]);
    expect(observerViews.at(-1)?.withheld).toEqual({ dossiers: 3, examined: 2, remaining: 1 });
    expect(disclosures(JSON.stringify(observerViews), session.nonces)).toEqual([]);
    const late = await sockets.open();
    const lateView = await ok(late.emitWithAck('room:join', { processId }));
    expect(lateView.role).toEqual({ kind: 'observer' });
    expect(lateView.revealed).toEqual([]);
    expect(disclosures(JSON.stringify(lateView), session.nonces)).toEqual([]);

    // The organiser's console and the facilitator keep the live ranking.
    const live = await organiser.get<{ results: { shortlist: string[] } }>(
      `/api/public/processes/${processId}/results`,
    );
    expect(live.body.ok && live.body.data.results.shortlist).toEqual([
      'AIC-2026-001',
      'AIC-2026-002',
    ]);
    expect((await organiser.get(`/api/public/processes/${processId}/audit.json`)).status).toBe(200);
    const facilitatorView = await ok(session.facilitator.emitWithAck('room:join', { processId }));
    expect(facilitatorView.revealed.map((r) => r.distributions.length)).toEqual([5, 5]);

    // Publication releases everything.
    const pushesBefore = pushes.length;
    const observerViewsBefore = observerViews.length;
    expect((await organiser.post(`/api/processes/${processId}/results/publish`)).status).toBe(201);
    await settle();
    for (const file of ['results.json', 'results.csv', 'grades.csv', 'audit.json'])
      expect((await anyone.get(`/api/public/processes/${processId}/${file}`)).status, file).toBe(
        200,
      );
    const after = await anyone.get(`/api/public/processes/${processId}/results`);
    expect(disclosures(after.text, [])).toEqual(
      expect.arrayContaining(['"shortlist"', '"majorityGrade"', '"counts"', '"participation"']),
    );
    const results = JSON.parse(
      (await anyone.get(`/api/public/processes/${processId}/results.json`)).text,
    ) as { shortlist: string[] };
    expect(results.shortlist).toEqual(['AIC-2026-001', 'AIC-2026-002']);
    const grades = (await anyone.get(`/api/public/processes/${processId}/grades.csv`)).text;
    expect(grades).toContain('AIC-2026-002');
    const released = JSON.parse(
      (await anyone.get(`/api/public/processes/${processId}/log.json`)).text,
    ) as ChainedEvent[];
    expect(released.some((entry) => isWithheld(entry))).toBe(false);
    expect(verifyChain(released).ok).toBe(true);
    for (const nonce of session.nonces) expect(JSON.stringify(released)).toContain(nonce);
    // The released chain passes through every head shown on the way.
    for (const checkpoint of checkpoints)
      expect(released[checkpoint.seq - 1]?.hash).toBe(checkpoint.hash);
    const bundleBytes = new Uint8Array(
      await (
        await fetch(`${server.url}/api/public/processes/${processId}/audit.json`)
      ).arrayBuffer(),
    );
    const report = verifyBundleBytes(bundleBytes);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.checks.find((c) => c.name === 'checkpoints')?.detail).toContain(
      `${checkpoints.length} head(s)`,
    );
    const bundle = JSON.parse(new TextDecoder().decode(bundleBytes)) as {
      checkpoints: Checkpoint[];
    };
    expect(bundle.checkpoints).toEqual(checkpoints);

    // The watchers receive every withheld event in full; the observers, the reveals.
    const releasedPush = pushes.slice(pushesBefore).flatMap((push) => push.events);
    expect(releasedPush.filter((e) => e.seq > opened.seq)).toEqual(
      released.filter((e) => e.seq > opened.seq),
    );
    expect(releasedPush.some((e) => 'type' in e && e.type === 'ballots.revealed')).toBe(true);
    const observerAfter = observerViews.slice(observerViewsBefore).at(-1);
    expect(observerAfter?.withheld).toBeUndefined();
    expect(observerAfter?.revealed.map((r) => r.dossierId)).toEqual([
      'AIC-2026-001',
      'AIC-2026-002',
    ]);
    expect(observerAfter?.revealed[0]).not.toHaveProperty('bySeat');
  });
});

describe('a public deliberation', () => {
  it('shows observers and watchers each reveal live, before publication', async () => {
    const session = await openSession();
    const { server, processId } = session;
    const watcher = await sockets.open();
    await ok(watcher.emitWithAck('process:watch', { processId }));
    const pushes = collect<{ events: PublicLogEntry[] }>(watcher, 'process:events');
    const observer = await sockets.open();
    await observer.emitWithAck('room:join', { processId });
    const observerViews = collect<RoomView>(observer, 'room:view');
    await openRoom(session, false);
    await deliberateOn(session, 1);

    const view = observerViews.at(-1);
    expect(view?.withheld).toBeUndefined();
    expect(view?.revealed.map((r) => r.dossierId)).toEqual(['AIC-2026-001']);
    expect(view?.revealed[0]?.distributions[0]?.counts).toEqual([0, 0, 0, 0, 0, 0, 5]);
    const events = pushes.flatMap((push) => push.events);
    expect(events.some(isWithheld)).toBe(false);
    expect(events.some((e) => 'type' in e && e.type === 'ballots.revealed')).toBe(true);
    const anyone = server.client();
    const results = await anyone.get(`/api/public/processes/${processId}/results`);
    expect(disclosures(results.text, [])).toContain('"shortlist"');
    const log = (await anyone.get(`/api/public/processes/${processId}/log.json`)).text;
    for (const nonce of session.nonces) expect(log).toContain(nonce);
    expect(
      JSON.parse((await anyone.get(`/api/public/processes/${processId}/checkpoints.json`)).text),
    ).toEqual([]);
  });
});

describe('the projector link', () => {
  it('shows the reveal to the projector only, until the facilitator revokes it', async () => {
    const session = await openSession();
    const { processId, facilitator } = session;
    await openRoom(session, true);

    // Only the facilitator opens it; the token is ≥128 bits and works for this room only.
    const juror = session.jurors[0]!;
    expect(await juror.emitWithAck('projector:open', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const first = (await ok(facilitator.emitWithAck('projector:open', {}))).token;
    const { token } = await ok(facilitator.emitWithAck('projector:open', {}));
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const stale = await sockets.open();
    expect(
      await stale.emitWithAck('room:join', { processId, projectorToken: first }),
    ).toMatchObject({ ok: false, error: { code: 'TOKEN_INVALID' } });

    const projector = await sockets.open();
    const joined = await ok(
      projector.emitWithAck('room:join', { processId, projectorToken: token }),
    );
    expect(joined.role).toEqual({ kind: 'projector' });
    const projectorViews = collect<RoomView>(projector, 'room:view');
    // It shows; it acts on nothing.
    expect(await projector.emitWithAck('agenda:move', { dossierId: 'AIC-2026-001' })).toMatchObject(
      { ok: false, error: { code: 'FORBIDDEN' } },
    );
    expect(await projector.emitWithAck('projector:open', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const observer = await sockets.open();
    await ok(observer.emitWithAck('room:join', { processId }));
    const observerViews = collect<RoomView>(observer, 'room:view');

    await deliberateOn(session, 1);
    const shown = projectorViews.at(-1);
    expect(shown?.revealed.map((r) => r.dossierId)).toEqual(['AIC-2026-001']);
    expect(shown?.revealed[0]?.distributions[0]?.counts).toEqual([0, 0, 0, 0, 0, 0, 5]);
    expect(shown?.revealed[0]).not.toHaveProperty('bySeat');
    expect(shown?.names).toEqual({});
    // An observer without the link sees nothing of it.
    expect(observerViews.length).toBeGreaterThan(0);
    for (const view of observerViews) expect(view.revealed).toEqual([]);
    expect(observerViews.at(-1)?.withheld).toEqual({ dossiers: 3, examined: 1, remaining: 2 });

    // Revoked: the screen is disconnected and the link refused from then on.
    const disconnected = new Promise<string>((resolve) => projector.once('disconnect', resolve));
    await ok(facilitator.emitWithAck('projector:revoke', {}));
    expect(await disconnected).toBe('io server disconnect');
    const again = await sockets.open();
    expect(
      await again.emitWithAck('room:join', { processId, projectorToken: token }),
    ).toMatchObject({ ok: false, error: { code: 'TOKEN_INVALID' } });
    expect(
      await again.emitWithAck('room:join', {
        processId,
        projectorToken: randomBytes(32).toString('base64url'),
      }),
    ).toMatchObject({ ok: false, error: { code: 'TOKEN_INVALID' } });
  });
});
