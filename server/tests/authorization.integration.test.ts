import type { PublicLogEntry } from '../../shared/events/publicLogEntry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol';
import type { ProcessState } from '../../shared/process/processState';
import { openCall, sampleApplication } from '../testing/callFixture';
import { drawnJuryWithDossiers } from '../testing/ceremonyFixture';
import { ACCOUNT_ROLE_VALUES, Role, rolesOf } from '../http/routes';
import {
  setUpAdministrator,
  signIn,
  data,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../testing/testServer';

const CSV = `name,email\n${Array.from({ length: 30 }, (_, i) => `Personne ${i},p${i}@example.org`).join('\n')}\n`;

let server: TestServer;
let organiser: ApiClient;
let processId: string;
let jurorToken: string;
let callId: string;
let applicantToken: string;
let reviewerToken: string;

beforeAll(async () => {
  server = await startTestServer();
  let tokens: string[];
  ({ processId, tokens, organiser } = await drawnJuryWithDossiers(server, {
    title: 'Matrice',
    seats: 5,
    alternates: 2,
    dossierTitles: [],
  }));
  jurorToken = tokens[0]!;
  // A call for projects with one application and one reviewer, for the applicant's and reviewer's links.
  callId = await openCall(organiser);
  let sent = server.outbox.length;
  data(
    await server.client().post(`/api/public/calls/${callId}/applications`, sampleApplication(1)),
  );
  applicantToken = /\/candidature\/([A-Za-z0-9_-]+)/.exec(server.outbox[sent]!.text)![1]!;
  sent = server.outbox.length;
  data(
    await organiser.post(`/api/calls/${callId}/reviewers`, {
      name: 'Relectrice',
      email: 'relectrice@administration.example',
    }),
  );
  reviewerToken = /\/relecture\/([A-Za-z0-9_-]+)/.exec(server.outbox[sent]!.text)![1]!;
});
afterAll(() => server.close());

type Caller = 'anonymous' | 'juror' | 'applicant' | 'reviewer' | 'organiser';
const CALLERS: Caller[] = ['anonymous', 'juror', 'applicant', 'reviewer', 'organiser'];
/** The role whose token each caller holds (anonymous and organiser hold a made-up one). */
const TOKEN_ROLE: Partial<Record<Caller, string>> = {
  juror: 'invitee',
  applicant: 'applicant',
  reviewer: 'reviewer',
};

function bodyFor(path: string): unknown {
  if (path.endsWith('/volunteers')) return new TextEncoder().encode(CSV);
  if (path.endsWith('/stratification/quotas'))
    return new TextEncoder().encode('category,feature,min,max\ngenre,f,1,2\n');
  if (path.endsWith('/answer')) return { answer: 'decline' };
  if (path.endsWith('/settings')) return { title: 'x' };
  return {};
}

describe('authorisation matrix: every route × every caller', () => {
  it('matches the declared role of each route', async () => {
    const rows: string[] = [];
    const tokenOf: Record<Caller, string> = {
      anonymous: 'AAAAAAAAAAAAAAAAAAAAAA',
      organiser: 'AAAAAAAAAAAAAAAAAAAAAA',
      juror: jurorToken,
      applicant: applicantToken,
      reviewer: reviewerToken,
    };
    for (const route of server.app.routes) {
      for (const caller of CALLERS) {
        const client = caller === 'organiser' ? organiser : server.client();
        // A juror's, an applicant's or a reviewer's only credential is their link's token.
        const token = tokenOf[caller];
        const id = route.path.includes('/calls/') ? callId : processId;
        const path = route.path
          .replace(':id', id)
          .replace(':token', token)
          .replace(':ref', 'AIC-2026-001');
        // Don't let the matrix itself move the ceremony: only safe calls are sent for real to state-changing routes.
        const isWrite = route.method !== 'get';
        const isSignIn = route.path.startsWith('/api/auth/') && route.path !== '/api/auth/session';
        const holdsRouteToken = TOKEN_ROLE[caller] === route.role;
        if (isWrite && (holdsRouteToken || isSignIn) && caller !== 'anonymous') continue;
        const answer = await client.request(
          route.method.toUpperCase(),
          path,
          isWrite ? bodyFor(route.path) : undefined,
        );
        const status = answer.status;
        rows.push(`${route.method.toUpperCase()} ${route.path} | ${caller} | ${status}`);
        const roles = rolesOf(route);
        if (roles.some((role) => role === Role.Account || ACCOUNT_ROLE_VALUES.includes(role))) {
          if (caller === 'organiser')
            expect([401, 403], `${route.path} as organiser`).not.toContain(status);
          else {
            expect(status, `${route.method} ${route.path} as ${caller}`).toBe(401);
            expect(answer.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
          }
        } else if (
          route.role === 'invitee' ||
          route.role === 'applicant' ||
          route.role === 'reviewer' ||
          route.role === Role.AccountLink
        ) {
          // A link's token opens its own routes only; any other token is simply unknown there.
          expect(status, `${route.method} ${route.path} as ${caller}`).toBe(
            holdsRouteToken ? 200 : 404,
          );
          if (!holdsRouteToken)
            expect(answer.body).toMatchObject({ ok: false, error: { code: 'TOKEN_INVALID' } });
        } else {
          expect([401, 403], `${route.path} as ${caller}`).not.toContain(status);
        }
      }
    }
    expect(rows.length).toBeGreaterThan(server.app.routes.length * 2);
  });

  it('includes the stratified option, for the organiser only', () => {
    const stratified = server.app.routes.filter((route) => route.path.includes('/stratification'));
    expect(stratified.map((route) => `${route.method} ${route.path}`).sort()).toEqual([
      'get /api/processes/:id/stratification',
      'get /api/processes/:id/stratification/lottery.json',
      'post /api/processes/:id/stratification/cancel',
      'post /api/processes/:id/stratification/compute',
      'post /api/processes/:id/stratification/quotas',
    ]);
    for (const route of stratified) expect(route.role, route.path).toBe('organiser');
  });

  it('serves the health probes to every caller, without credentials, personal data or rate limit', async () => {
    const tokens = [jurorToken, applicantToken, reviewerToken];
    for (const probe of ['/healthz', '/readyz']) {
      for (const caller of CALLERS) {
        const client = caller === 'organiser' ? organiser : server.client();
        // More requests than any limiter allows: the probes sit outside every limit.
        for (let i = 0; i < 12; i++) {
          const answer = await client.get(probe);
          expect(answer.status, `${probe} as ${caller}`).toBe(200);
          expect(answer.headers.get('ratelimit-policy')).toBeNull();
          for (const secret of [...tokens, 'Personne 1', 'p1@example.org'])
            expect(answer.text).not.toContain(secret);
        }
      }
    }
    expect((await server.client().get('/readyz')).body).toMatchObject({
      ok: true,
      data: { status: 'ready', database: true, journalMode: 'memory' },
    });
  });

  it('never lets an invitation token act as an organiser session', async () => {
    const juror = server.client();
    expect(data(await juror.get<{ seat: number }>(`/api/invitations/${jurorToken}`)).seat).toBe(1);
    expect((await juror.get(`/api/processes/${processId}`)).status).toBe(401);
    expect(
      (
        await juror.request('GET', `/api/processes/${processId}/receipts.json`, undefined, {
          headers: { cookie: `kl_session=${jurorToken}` },
        })
      ).status,
    ).toBe(401);
  });
});

describe('request hygiene', () => {
  it('refuses state changes without our Origin, even with a valid session', async () => {
    const missing = await organiser.post('/api/processes', { title: 'x' }, { origin: null });
    expect(missing.status).toBe(403);
    expect(missing.body).toMatchObject({ ok: false, error: { code: 'ORIGIN_REFUSED' } });
    const foreign = await organiser.post(
      '/api/processes',
      { title: 'x' },
      { origin: 'https://evil.example' },
    );
    expect(foreign.status).toBe(403);
  });

  it('answers malformed JSON, unknown fields and unknown routes with typed errors', async () => {
    const malformed = await organiser.request('POST', '/api/processes', '{"title": ', {
      contentType: 'application/json',
    });
    expect(malformed.body).toMatchObject({ ok: false, error: { code: 'JSON_MALFORMED' } });
    const unknownField = await organiser.request(
      'POST',
      `/api/processes/${processId}/reveal`,
      '{"source":0,"value":"x","__proto__":{"admin":true}}',
      { contentType: 'application/json' },
    );
    expect(unknownField.status).toBe(422);
    expect(({} as { admin?: boolean }).admin).toBeUndefined();
    expect((await organiser.get('/api/nothing-here')).body).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('sets the security headers and a strict CSP', async () => {
    const answer = await server.client().get('/api/public/processes');
    expect(answer.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(answer.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('x-powered-by')).toBeNull();
  });

  it('sets the session cookie httpOnly and SameSite=Strict', async () => {
    const other = await startTestServer();
    try {
      const answer = await setUpAdministrator(other.client(), 'another long password');
      const cookie = answer.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/kl_session=[A-Za-z0-9_-]{43}/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
    } finally {
      await other.close();
    }
  });
});

describe('sign-in', () => {
  it('creates the first account only once, rejects short passwords, and rate-limits attempts', async () => {
    // Setup and sign-in attempts share one limit per client address.
    const limited = await startTestServer({ loginAttemptsPerWindow: 6 });
    try {
      const client = limited.client();
      expect((await signIn(client, 'whatever it is')).body).toMatchObject({
        ok: false,
        error: { code: 'BAD_CREDENTIALS' },
      });
      expect((await setUpAdministrator(client, 'short')).status).toBe(422);
      data(await setUpAdministrator(client, 'the real password'));
      expect((await setUpAdministrator(client, 'a second password')).body).toMatchObject({
        ok: false,
        error: { code: 'SETUP_TOKEN_INVALID' },
      });
      const stranger = limited.client();
      expect((await signIn(stranger, 'wrong password!')).status).toBe(401);
      expect((await signIn(stranger, 'wrong again!!!')).status).toBe(401);
      const blocked = await signIn(stranger, 'the real password');
      expect(blocked.status).toBe(429);
      expect(blocked.body).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    } finally {
      await limited.close();
    }
  });
});

describe('live updates over Socket.IO', () => {
  it('validates payloads and pushes new public events after they are durable', async () => {
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = connect(server.url, {
      transports: ['websocket'],
      forceNew: true,
    });
    try {
      const bad = await socket.emitWithAck('process:watch', { processId: '../etc' } as never);
      expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      const missing = await socket.emitWithAck('process:watch', { processId: '0000000000000000' });
      expect(missing).toMatchObject({ ok: false, error: { code: 'PROCESS_NOT_FOUND' } });
      const id = data(await organiser.post<ProcessState>('/api/processes', { title: 'Live' })).id;
      const watched = await socket.emitWithAck('process:watch', { processId: id });
      expect(watched).toMatchObject({ ok: true, data: { lastSeq: 1 } });
      const received = new Promise<{ processId: string; events: PublicLogEntry[] }>((resolve) =>
        socket.once('process:events', resolve),
      );
      data(await organiser.post(`/api/processes/${id}/volunteers`, CSV));
      const pushed = await received;
      expect(pushed.processId).toBe(id);
      expect(pushed.events.map((event) => [event.seq, 'type' in event && event.type])).toEqual([
        [2, 'pool.imported'],
      ]);
      const log = JSON.parse(
        (await server.client().get(`/api/public/processes/${id}/log.json`)).text,
      ) as { seq: number }[];
      expect(log.map((event) => event.seq)).toEqual([1, 2]);
    } finally {
      socket.disconnect();
    }
  });
});
