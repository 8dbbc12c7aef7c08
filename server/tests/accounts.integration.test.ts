import { TOTP, Secret } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessState } from '../../shared/process/processState';
import { createApp } from '../app';
import { openDatabase } from '../db/openDatabase';
import { memoryMailTransport } from '../testing/memoryMailTransport';
import type { ApiClient } from '../testing/testServer';
import {
  TEST_ADMINISTRATOR,
  TEST_SETUP_TOKEN,
  data,
  seededRandom,
  setUpAdministrator,
  signIn,
  signInAs,
  silentLog,
  startTestServer,
  testClock,
  type TestServer,
} from '../testing/testServer';

let server: TestServer;
let admin: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  admin = server.client();
});
afterAll(() => server.close());

const errorCode = (answer: { body: unknown }) =>
  (answer.body as { error?: { code: string } }).error?.code;

/** The link of the last account mail queued for `to`. */
function linkMailedTo(to: string): string {
  const mail = server.db
    .prepare('SELECT text_body FROM mail_queue WHERE recipient = ? ORDER BY id DESC LIMIT 1')
    .get(to) as { text_body: string } | undefined;
  if (mail === undefined) throw new Error(`no mail queued for ${to}`);
  return /\/organiser\/compte\/([A-Za-z0-9_-]+)/.exec(mail.text_body)![1]!;
}

const codeAt = (secret: string, at: Date) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: at.getTime(),
  });

describe('first start', () => {
  it('refuses a wrong setup token, creates the administrator with the right one, then never again', async () => {
    expect((await server.client().get('/api/auth/session')).body).toMatchObject({
      ok: true,
      data: { setupNeeded: true, account: null },
    });
    const wrong = await admin.post('/api/auth/setup', {
      token: 'not the token',
      ...TEST_ADMINISTRATOR,
      password: 'fixture password 42',
    });
    expect(wrong.status).toBe(403);
    expect(errorCode(wrong)).toBe('SETUP_TOKEN_INVALID');
    const created = data(await setUpAdministrator(admin));
    expect(created).toMatchObject({
      organiser: true,
      account: { email: TEST_ADMINISTRATOR.email, roles: ['administrator', 'organiser'] },
    });
    const again = await server.client().post('/api/auth/setup', {
      token: TEST_SETUP_TOKEN,
      email: 'second@kleroterion.test',
      name: 'Second',
      password: 'fixture password 42',
    });
    expect(errorCode(again)).toBe('SETUP_TOKEN_INVALID');
    expect(server.app.accounts.list()).toHaveLength(1);
    expect(server.app.accounts.setupTokenToAnnounce()).toBeUndefined();
  });

  it('draws a random 192-bit token when none is configured, and only that one works', async () => {
    const db = openDatabase(':memory:');
    const app = createApp({
      db,
      clock: testClock('2023-09-15T10:00:00Z'),
      random: seededRandom('setup token'),
      log: silentLog,
      mailTransport: memoryMailTransport(),
      options: { publicUrl: 'http://localhost', minDrandDelaySeconds: 60, replyWindowMs: 1000 },
    });
    try {
      const token = app.accounts.setupTokenToAnnounce()!;
      expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
      const input = {
        email: 'a@b.test',
        name: 'A',
        password: 'a long password 1',
        language: 'fr' as const,
      };
      await expect(app.accounts.createFirst({ ...input, token: TEST_SETUP_TOKEN })).rejects.toThrow(
        'wrong setup token',
      );
      expect((await app.accounts.createFirst({ ...input, token })).roles).toEqual([
        'administrator',
        'organiser',
      ]);
    } finally {
      await app.close();
      db.close();
    }
  });
});

describe('roles on routes', () => {
  it('lets an organiser run processes but not manage accounts, and an auditor read counts only', async () => {
    const organiser = await signInAs(server, ['organiser'], 'organisatrice@kleroterion.test');
    const process = data(
      await organiser.client.post<ProcessState>('/api/processes', { title: 'Rôles', seats: 2 }),
    );
    data(
      await organiser.client.request(
        'POST',
        `/api/processes/${process.id}/volunteers`,
        'name,email\nCamille Secrète,camille.secrete@example.org\nDominique Cachée,dominique@example.org\n',
      ),
    );
    expect((await organiser.client.get('/api/accounts')).status).toBe(403);

    const auditor = await signInAs(server, ['auditor'], 'auditeur@kleroterion.test');
    expect(errorCode(await auditor.client.get('/api/processes'))).toBe('FORBIDDEN');
    expect((await auditor.client.get(`/api/processes/${process.id}/receipts.json`)).status).toBe(
      403,
    );
    const overview =
      await auditor.client.get<{ id: string; pool: { size: number } }[]>('/api/overview/processes');
    expect(data(overview).find((p) => p.id === process.id)?.pool.size).toBe(2);
    expect(overview.text).not.toMatch(/Camille|camille|dominique/i);

    // Every write is in the private audit trail with its actor; administrators read it.
    const trail = data(
      await admin.get<{ accountId: string; action: string; target: string }[]>('/api/audit-trail'),
    );
    expect(trail).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          accountId: organiser.accountId,
          action: 'POST /api/processes/:id/volunteers',
          target: process.id,
        }),
      ]),
    );
    expect((await auditor.client.get('/api/audit-trail')).status).toBe(403);
  });
});

describe('invitations and reset links', () => {
  it('mails a single-use invitation link that expires after 7 days', async () => {
    const invited = data(
      await admin.post<{ account: { id: string }; link: string }>('/api/accounts', {
        email: 'Invitee@Kleroterion.test',
        roles: ['organiser'],
      }),
    );
    const token = linkMailedTo('Invitee@Kleroterion.test');
    expect(invited.link).toContain(token);
    expect(data(await server.client().get(`/api/account-links/${token}`))).toMatchObject({
      kind: 'invitation',
    });
    // The same address, in any case, cannot be invited twice.
    expect(
      errorCode(
        await admin.post('/api/accounts', {
          email: 'invitee@kleroterion.test',
          roles: ['auditor'],
        }),
      ),
    ).toBe('ACCOUNT_EXISTS');
    const invitee = server.client();
    const accepted = await invitee.post(`/api/account-links/${token}`, {
      name: 'Inès Invitée',
      password: 'invited password 1',
    });
    expect(accepted.status).toBe(201);
    expect(data(await invitee.get<{ displayName: string }>('/api/account')).displayName).toBe(
      'Inès Invitée',
    );
    expect(
      errorCode(
        await server
          .client()
          .post(`/api/account-links/${token}`, { password: 'another password 1' }),
      ),
    ).toBe('TOKEN_INVALID');
    expect(
      data(
        await server.client().post('/api/auth/login', {
          email: 'invitee@KLEROTERION.test',
          password: 'invited password 1',
        }),
      ),
    ).toMatchObject({ organiser: true });

    data(await admin.post('/api/accounts', { email: 'late@kleroterion.test', roles: ['auditor'] }));
    const late = linkMailedTo('late@kleroterion.test');
    server.clock.advance(7 * 24 * 3600 * 1000 + 1000);
    try {
      expect(errorCode(await server.client().get(`/api/account-links/${late}`))).toBe(
        'TOKEN_INVALID',
      );
    } finally {
      server.clock.set('2023-09-15T10:00:00Z');
      data(await signIn(admin));
    }
  });

  it('gives the administrator a reset link (also mailed); using it ends the old sessions', async () => {
    const person = await signInAs(
      server,
      ['organiser'],
      'oubli@kleroterion.test',
      'forgotten password',
    );
    const reset = data(
      await admin.post<{ link: string }>(`/api/accounts/${person.accountId}/reset-link`),
    );
    const token = linkMailedTo('oubli@kleroterion.test');
    expect(reset.link.endsWith(token)).toBe(true);
    data(
      await server
        .client()
        .post(`/api/account-links/${token}`, { password: 'remembered password' }),
    );
    expect((await person.client.get('/api/account')).status).toBe(401);
    expect(
      (
        await server.client().post('/api/auth/login', {
          email: 'oubli@kleroterion.test',
          password: 'forgotten password',
        })
      ).status,
    ).toBe(401);
    data(
      await server.client().post('/api/auth/login', {
        email: 'oubli@kleroterion.test',
        password: 'remembered password',
      }),
    );
  });

  it('disables an account: its sessions end and it can no longer sign in', async () => {
    const person = await signInAs(server, ['organiser'], 'partie@kleroterion.test');
    data(await admin.post(`/api/accounts/${person.accountId}/disable`));
    expect((await person.client.get('/api/processes')).status).toBe(401);
    expect(
      errorCode(
        await server.client().post('/api/auth/login', {
          email: 'partie@kleroterion.test',
          password: 'account password 42',
        }),
      ),
    ).toBe('BAD_CREDENTIALS');
    // The last administrator cannot give the role away.
    const me = server.app.accounts.findActiveByEmail(TEST_ADMINISTRATOR.email)!;
    expect(
      errorCode(await admin.put(`/api/accounts/${me.id}/roles`, { roles: ['organiser'] })),
    ).toBe('TRANSITION_REFUSED');
  });
});

describe('two-step verification (TOTP)', () => {
  it('enrols with a first code, then asks for a code at sign-in; codes and recovery codes work once', async () => {
    const person = await signInAs(
      server,
      ['organiser'],
      'totp@kleroterion.test',
      'totp password 42',
    );
    const begun = data(
      await person.client.post<{ secret: string; qrCode: string; uri: string }>(
        '/api/account/totp/begin',
      ),
    );
    expect(begun.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(begun.uri).toContain(`secret=${begun.secret}`);
    expect(
      errorCode(await person.client.post('/api/account/totp/confirm', { code: '000000' })),
    ).toBe('TOTP_INVALID');
    const { recoveryCodes } = data(
      await person.client.post<{ recoveryCodes: string[] }>('/api/account/totp/confirm', {
        code: codeAt(begun.secret, server.clock.now()),
      }),
    );
    expect(new Set(recoveryCodes).size).toBe(10);

    const credentials = { email: 'totp@kleroterion.test', password: 'totp password 42' };
    expect(errorCode(await server.client().post('/api/auth/login', credentials))).toBe(
      'TOTP_REQUIRED',
    );
    // The confirming code was used: it cannot open a session.
    expect(
      errorCode(
        await server.client().post('/api/auth/login', {
          ...credentials,
          code: codeAt(begun.secret, server.clock.now()),
        }),
      ),
    ).toBe('TOTP_INVALID');
    server.clock.advance(30_000);
    const code = codeAt(begun.secret, server.clock.now());
    data(await server.client().post('/api/auth/login', { ...credentials, code }));
    expect(errorCode(await server.client().post('/api/auth/login', { ...credentials, code }))).toBe(
      'TOTP_INVALID',
    );
    data(await server.client().post('/api/auth/login', { ...credentials, code: recoveryCodes[0] }));
    expect(
      errorCode(
        await server.client().post('/api/auth/login', { ...credentials, code: recoveryCodes[0] }),
      ),
    ).toBe('TOTP_INVALID');
    server.clock.set('2023-09-15T10:00:00Z');
  });
});

describe('facilitators', () => {
  it('tells a facilitator which processes they facilitate once an organiser assigns them', async () => {
    const process = data(await admin.post<ProcessState>('/api/processes', { title: 'Animée' }));
    const facilitator = await signInAs(server, ['facilitator'], 'anim@kleroterion.test');
    const auditor = await signInAs(server, ['auditor'], 'audit2@kleroterion.test');
    // Only facilitator accounts can be assigned.
    expect(
      errorCode(
        await admin.put(`/api/processes/${process.id}/facilitators`, {
          accountIds: [auditor.accountId],
        }),
      ),
    ).toBe('VALIDATION_FAILED');
    expect(
      data(await facilitator.client.get<{ facilitates: string[] }>('/api/auth/session'))
        .facilitates,
    ).toEqual([]);
    data(
      await admin.put(`/api/processes/${process.id}/facilitators`, {
        accountIds: [facilitator.accountId],
      }),
    );
    expect(
      data(await facilitator.client.get<{ facilitates: string[] }>('/api/auth/session'))
        .facilitates,
    ).toEqual([process.id]);
    const seen = data(await facilitator.client.get<{ id: string }[]>('/api/overview/processes'));
    expect(seen.map((p) => p.id)).toEqual([process.id]);
    expect((await facilitator.client.get(`/api/processes/${process.id}`)).status).toBe(403);
  });
});

describe('sessions', () => {
  it('lists the account’s sessions and ends one, or all of them (administrator)', async () => {
    const first = await signInAs(server, ['facilitator'], 'sessions@kleroterion.test');
    const second = server.client();
    data(
      await second.post(
        '/api/auth/login',
        { email: 'sessions@kleroterion.test', password: 'account password 42' },
        {
          headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0' },
        },
      ),
    );
    const mine = data(
      await first.client.get<{ sessions: { id: string; current: boolean; userAgent: string }[] }>(
        '/api/account',
      ),
    );
    expect(mine.sessions).toHaveLength(2);
    const other = mine.sessions.find((s) => !s.current)!;
    expect(other.userAgent).toBe('Firefox · Linux');
    data(await first.client.post(`/api/account/sessions/${other.id}/revoke`));
    expect((await second.get('/api/account')).status).toBe(401);
    expect((await first.client.get('/api/account')).status).toBe(200);
    expect(
      data(await admin.post<{ ended: number }>(`/api/accounts/${first.accountId}/sessions/end`))
        .ended,
    ).toBe(1);
    expect((await first.client.get('/api/account')).status).toBe(401);
  });
});
