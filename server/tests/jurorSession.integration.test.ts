import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyBundle } from '../../shared/audit/verifyBundle';
import type { RoomView } from '../../shared/deliberation/roomView';
import { verifyChain, type ChainedEvent } from '../../shared/events/eventChain';
import { foldProcess, type ProcessState } from '../../shared/process/processState';
import { syntheticDossier } from '../../shared/testing/syntheticProcess';
import {
  createProcessWithVolunteers,
  drawAndInvite,
  importDossiers,
  numberedVolunteers,
} from '../testing/ceremonyFixture';
import { ok, openRoom } from '../testing/deliberationFixture';
import { socketClients, type Client } from '../testing/socketClients';
import {
  setUpAdministrator,
  data,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../testing/testServer';

const CRITERIA = ['general-interest', 'impact', 'quality', 'openness', 'support-value'];

let server: TestServer;
let organiser: ApiClient;
let organiserCookie: string;
let processId: string;
/** Invitation tokens by seat (1-based index - 1), as mailed. */
let tokens: string[];
const sockets = socketClients(() => server.url);

const cookieName = () => `kl_juror_${processId}`;
/** The juror cookie of a response, as a Cookie header value, with its attributes. */
function jurorSetCookie(headers: Headers): { header: string; attributes: string } | undefined {
  const raw = headers.getSetCookie().find((line) => line.startsWith(`${cookieName()}=`));
  if (raw === undefined) return undefined;
  return { header: raw.split(';')[0]!, attributes: raw };
}
const publicLogText = async () =>
  (await server.client().get(`/api/public/processes/${processId}/log.json`)).text;

beforeAll(async () => {
  server = await startTestServer();
  organiser = server.client();
  const setup = await setUpAdministrator(organiser, 'fixture password 42');
  organiserCookie = (setup.headers.get('set-cookie') ?? '').split(';')[0]!;
  processId = await createProcessWithVolunteers(
    organiser,
    { title: 'Jury des sessions', seats: 4, alternates: 2 },
    numberedVolunteers(20),
  );
  tokens = await drawAndInvite(server, organiser, processId);
  await importDossiers(
    organiser,
    processId,
    [1, 2].map((n) => syntheticDossier(n)),
  );
});

afterAll(async () => {
  sockets.disconnectAll();
  await server.close();
});

describe('juror sessions', () => {
  it('accepting sets an httpOnly cookie for the process; a fresh socket with it joins as the juror', async () => {
    const browser = server.client();
    const answer = await browser.post(`/api/invitations/${tokens[0]}/answer`, {
      answer: 'accept',
    });
    expect(answer.status).toBe(200);
    const cookie = jurorSetCookie(answer.headers);
    expect(cookie).toBeDefined();
    expect(cookie!.attributes).toMatch(/; HttpOnly/i);
    expect(cookie!.attributes).toMatch(/; SameSite=Strict/i);
    expect(cookie!.attributes).toMatch(/; Max-Age=\d{7,}/i);
    expect(cookie!.attributes).toMatch(/; Path=\//);
    // ≥128 random bits: 32 bytes, base64url.
    expect(cookie!.header.split('=')[1]).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // The organiser opens the room; the juror's new tab (a new socket, cookie only, no token) is seat 1.
    const facilitator = await sockets.open(organiserCookie);
    // A public room: the tests below read the room's events in the public log as they happen (a
    // confidential room holds them back until publication; see server/tests/confidential.integration.test.ts).
    await openRoom(facilitator, processId, { confidential: false });
    const tab = await sockets.open(cookie!.header);
    const view = await ok(tab.emitWithAck('room:join', { processId }));
    expect(view.role).toEqual({ kind: 'juror', seat: 1 });
    expect(view.seated).toContain(1);

    // Reopening the invitation link in the same browser keeps its session (no new cookie)…
    const reopened = await server.client().request(
      'POST',
      `/api/invitations/${tokens[0]}/session`,
      {},
      {
        headers: { cookie: cookie!.header },
      },
    );
    expect(reopened.status).toBe(200);
    expect(jurorSetCookie(reopened.headers)).toBeUndefined();
    // …and on a second device it opens a second session; both hold the seat.
    const secondDevice = await server.client().post(`/api/invitations/${tokens[0]}/session`);
    const second = jurorSetCookie(secondDevice.headers);
    expect(second).toBeDefined();
    expect(second!.header).not.toBe(cookie!.header);
    const phone = await sockets.open(second!.header);
    expect((await ok(phone.emitWithAck('room:join', { processId }))).role).toEqual({
      kind: 'juror',
      seat: 1,
    });
    // The organiser sees two live sessions for seat 1.
    const access = data(
      await organiser.get<{ sessions: Record<string, number> }>(
        `/api/processes/${processId}/jurors`,
      ),
    );
    expect(access.sessions['1']).toBe(2);

    // A made-up session is refused as such: never silently turned into an observer.
    const forged = await sockets.open(`${cookieName()}=${randomBytes(32).toString('base64url')}`);
    expect(await forged.emitWithAck('room:join', { processId })).toMatchObject({
      ok: false,
      error: { code: 'TOKEN_INVALID' },
    });
    // Without any cookie one is an observer.
    const stranger = await sockets.open();
    expect((await ok(stranger.emitWithAck('room:join', { processId }))).role).toEqual({
      kind: 'observer',
    });
    // An invitation not yet accepted opens no session; reading an invitation never opens one.
    const pending = await server.client().post(`/api/invitations/${tokens[3]}/session`);
    expect(pending.status).toBe(409);
    expect(jurorSetCookie(pending.headers)).toBeUndefined();
    const read = await server.client().get(`/api/invitations/${tokens[0]}`);
    expect(read.status).toBe(200);
    expect(jurorSetCookie(read.headers)).toBeUndefined();
    // A cross-site page cannot open a session with the link: the Origin check refuses it.
    const forgedOrigin = await server
      .client()
      .post(`/api/invitations/${tokens[0]}/session`, {}, { origin: 'https://evil.example' });
    expect(forgedOrigin.status).toBe(403);
    expect(jurorSetCookie(forgedOrigin.headers)).toBeUndefined();
  });

  it('a revoked seat loses every session (live ones are closed); reopening the link opens a new one', async () => {
    const browser = server.client();
    const answer = await browser.post(`/api/invitations/${tokens[1]}/answer`, {
      answer: 'accept',
    });
    const cookie = jurorSetCookie(answer.headers)!.header;
    const live = await sockets.open(cookie);
    expect((await ok(live.emitWithAck('room:join', { processId }))).role).toEqual({
      kind: 'juror',
      seat: 2,
    });
    const closed = new Promise<string>((resolve) => live.on('disconnect', resolve));

    // Only the organiser may revoke.
    const anonymous = await server.client().post(`/api/processes/${processId}/seats/2/revoke`);
    expect(anonymous.status).toBe(401);
    const revoked = data(
      await organiser.post<{ revoked: number }>(`/api/processes/${processId}/seats/2/revoke`),
    );
    expect(revoked.revoked).toBe(1);
    expect(await closed).toBe('io server disconnect');

    const again = await sockets.open(cookie);
    expect(await again.emitWithAck('room:join', { processId })).toMatchObject({
      ok: false,
      error: { code: 'TOKEN_INVALID' },
    });
    // Seat 1 is untouched.
    const access = data(
      await organiser.get<{ sessions: Record<string, number> }>(
        `/api/processes/${processId}/jurors`,
      ),
    );
    expect(access.sessions['2']).toBeUndefined();
    expect(access.sessions['1']).toBe(2);

    const reopened = jurorSetCookie(
      (await server.client().post(`/api/invitations/${tokens[1]}/session`)).headers,
    );
    const back = await sockets.open(reopened!.header);
    expect((await ok(back.emitWithAck('room:join', { processId }))).role).toEqual({
      kind: 'juror',
      seat: 2,
    });
  });

  it('a declined and replaced seat opens nothing for its former holder; the reason stays private', async () => {
    const before = data(await organiser.get<ProcessState>(`/api/processes/${processId}`));
    const seat3 = before.seats[2]!;
    expect(seat3.status).toBe('invited');
    // A session that was opened for the holder (e.g. before a replacement) stops working with the seat.
    const stale = server.app.jurorSessions.open({
      processId,
      seat: 3,
      pseudonym: seat3.holder!,
    });
    const reason = 'Raison très personnelle : opération prévue en octobre';
    const declined = await server
      .client()
      .post(`/api/invitations/${tokens[2]}/answer`, { answer: 'decline', reason });
    expect(declined.status).toBe(200);
    expect(jurorSetCookie(declined.headers)).toBeUndefined();
    const after = data(await organiser.get<ProcessState>(`/api/processes/${processId}`));
    expect(after.seats[2]!.holder).not.toBe(seat3.holder);

    const socket = await sockets.open(`${cookieName()}=${stale}`);
    expect(await socket.emitWithAck('room:join', { processId })).toMatchObject({
      ok: false,
      error: { code: 'TOKEN_INVALID' },
    });

    // The organiser reads the reason; the public log and the process state never hold it.
    const access = data(
      await organiser.get<{ declines: { seat: number; id: string; reason: string }[] }>(
        `/api/processes/${processId}/jurors`,
      ),
    );
    expect(access.declines).toEqual([
      expect.objectContaining({ seat: 3, id: seat3.holder, reason }),
    ]);
    expect(await publicLogText()).not.toContain('opération');
    expect(JSON.stringify(after)).not.toContain('opération');
    const declinedEvent = (JSON.parse(await publicLogText()) as ChainedEvent[]).find(
      (event) => event.type === 'invitation.declined',
    );
    expect(declinedEvent?.payload).toEqual({ seat: 3, id: seat3.holder, reason: 'declined' });

    // The alternate who now holds seat 3 accepts and gets a session of their own.
    const alternateToken = /\/i\/([A-Za-z0-9_-]+)/.exec(server.outbox.at(-1)!.text)![1]!;
    const accepted = await server
      .client()
      .post(`/api/invitations/${alternateToken}/answer`, { answer: 'accept' });
    const seat = await sockets.open(jurorSetCookie(accepted.headers)!.header);
    expect((await ok(seat.emitWithAck('room:join', { processId }))).role).toEqual({
      kind: 'juror',
      seat: 3,
    });
  });

  it('a conflict carries a private category and can be withdrawn until scoring of that dossier begins', async () => {
    const jurorCookie = jurorSetCookie(
      (await server.client().post(`/api/invitations/${tokens[0]}/session`)).headers,
    )!.header;
    const juror = await sockets.open(jurorCookie);
    await ok(juror.emitWithAck('room:join', { processId }));
    const facilitator = await sockets.open(organiserCookie);
    const facilitatorViews: RoomView[] = [];
    facilitator.on('room:view', (view) => facilitatorViews.push(view));
    await ok(facilitator.emitWithAck('room:join', { processId }));
    const observer = await sockets.open();
    const observerViews: RoomView[] = [];
    observer.on('room:view', (view) => observerViews.push(view));
    await ok(observer.emitWithAck('room:join', { processId }));

    const declared = await ok(
      juror.emitWithAck('conflict:declare', {
        dossierId: 'AIC-2026-001',
        category: 'professional',
      }),
    );
    expect(declared.conflicts).toEqual({ '1': ['AIC-2026-001'] });
    expect(declared.conflictCategories).toBeUndefined();
    const seen = await ok(facilitator.emitWithAck('room:join', { processId }));
    expect(seen.conflictCategories).toEqual({ '1': { 'AIC-2026-001': 'professional' } });
    expect(await publicLogText()).not.toContain('professional');
    const conflictEvent = (JSON.parse(await publicLogText()) as ChainedEvent[]).find(
      (event) => event.type === 'conflict.declared',
    );
    expect(conflictEvent?.payload).toEqual({ seat: 1, dossierId: 'AIC-2026-001' });

    // Withdrawn before scoring: logged, and the category goes with it.
    const withdrawn = await ok(
      juror.emitWithAck('conflict:withdraw', { dossierId: 'AIC-2026-001' }),
    );
    expect(withdrawn.conflicts).toEqual({ '1': [] });
    const log = JSON.parse(await publicLogText()) as ChainedEvent[];
    expect(log.at(-1)).toMatchObject({
      type: 'conflict.withdrawn',
      payload: { seat: 1, dossierId: 'AIC-2026-001' },
    });
    const facilitatorAfter = await ok(facilitator.emitWithAck('room:join', { processId }));
    expect(facilitatorAfter.conflicts['1']).toBeUndefined();
    expect(facilitatorAfter.conflictCategories).toEqual({});
    // Observers never see a category.
    for (const view of observerViews) expect(view.conflictCategories).toBeUndefined();

    // Declared again, then scoring starts on that dossier: withdrawing is refused, nothing changes.
    await ok(
      juror.emitWithAck('conflict:declare', { dossierId: 'AIC-2026-001', category: 'other' }),
    );
    await ok(facilitator.emitWithAck('agenda:move', { dossierId: 'AIC-2026-001' }));
    for (const phase of ['presentation', 'scoring'] as const)
      await ok(facilitator.emitWithAck('phase:start', { phase }));
    const headBefore = (JSON.parse(await publicLogText()) as ChainedEvent[]).at(-1)!.hash;
    const refused = await juror.emitWithAck('conflict:withdraw', { dossierId: 'AIC-2026-001' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'TRANSITION_REFUSED' } });
    const afterRefusal = JSON.parse(await publicLogText()) as ChainedEvent[];
    expect(afterRefusal.at(-1)!.hash).toBe(headBefore);
    expect(foldProcess(afterRefusal)?.room?.conflicts['1']).toEqual(['AIC-2026-001']);
    // An observer or the facilitator cannot withdraw a juror's conflict.
    expect(
      await facilitator.emitWithAck('conflict:withdraw', { dossierId: 'AIC-2026-001' }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    // The other seated jurors score; the reveal counts seat 1 as conflicted, and the chain still verifies
    // end to end through the audit verifier (which replays conflict.withdrawn).
    const others: Client[] = [];
    for (const index of [1]) {
      const cookie = jurorSetCookie(
        (await server.client().post(`/api/invitations/${tokens[index]}/session`)).headers,
      )!.header;
      const socket = await sockets.open(cookie);
      await ok(socket.emitWithAck('room:join', { processId }));
      others.push(socket);
    }
    for (const socket of others)
      await ok(
        socket.emitWithAck('score:submit', {
          ballot: {
            dossierId: 'AIC-2026-001',
            round: 1,
            grades: Object.fromEntries(CRITERIA.map((id) => [id, 'bien'])),
            nonce: randomBytes(16).toString('hex'),
          },
        }),
      );
    await ok(facilitator.emitWithAck('phase:start', { phase: 'reveal' }));
    const finalLog = JSON.parse(await publicLogText()) as ChainedEvent[];
    expect(verifyChain(finalLog).ok).toBe(true);
    const closed = finalLog.find((event) => event.type === 'scoring.closed');
    expect(closed?.payload).toMatchObject({ conflictedSeats: [1] });
    const bundle = JSON.parse(
      (await server.client().get(`/api/public/processes/${processId}/audit.json`)).text,
    ) as unknown;
    const report = verifyBundle(bundle);
    expect(report.checks.filter((check) => !check.ok)).toEqual([]);
    expect(JSON.stringify(bundle)).not.toContain('professional');
  });

  it('states what serving involves: logged (optional fields), shown on the invitation', async () => {
    const service = {
      sessions: [{ startsAt: '2023-10-07T09:00:00+02:00', endsAt: '2023-10-07T17:00:00+02:00' }],
      duration: 'Trois samedis',
      place: 'Hôtel de ville, salle du conseil',
      compensation: '90 € par journée',
      contact: 'jury@mairie.example.org',
    };
    expect((await server.client().put(`/api/processes/${processId}/service`, service)).status).toBe(
      401,
    );
    const refused = await organiser.put(`/api/processes/${processId}/service`, {
      videoLink: 'javascript:alert(1)',
    });
    expect(refused.status).toBe(422);
    data(await organiser.put(`/api/processes/${processId}/service`, service));
    const invitation = data(
      await server.client().get<{ service: unknown }>(`/api/invitations/${tokens[3]}`),
    );
    expect(invitation.service).toEqual(service);
    const log = JSON.parse(await publicLogText()) as ChainedEvent[];
    expect(log.at(-1)).toMatchObject({ type: 'process.serviceDescribed', payload: { service } });
    expect(verifyChain(log).ok).toBe(true);
    expect(foldProcess(log)?.service).toEqual(service);
  });
});
