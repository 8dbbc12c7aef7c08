import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDigest, contentOfDossier } from '../../shared/calls/publicContent';
import type { ProcessState } from '../../shared/process/processState';
import { drawnJuryWithDossiers } from '../testing/ceremonyFixture';
import { openCall, sampleApplication } from '../testing/callFixture';
import {
  setUpAdministrator,
  signIn,
  data,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../testing/testServer';

let server: TestServer;
let organiser: ApiClient;
let processId: string;
let jurorToken: string;
beforeAll(async () => {
  // Clock 2023-09-15: the test call is open from 1 September to 1 October 2023.
  server = await startTestServer();
  let tokens: string[];
  ({ organiser, processId, tokens } = await drawnJuryWithDossiers(server, {
    seats: 3,
    dossierTitles: [],
  }));
  jurorToken = tokens[0]!;
});
afterAll(() => server.close());

const submit = (callId: string, body: unknown, client = server.client()) =>
  client.post<{ ref: string }>(`/api/public/calls/${callId}/applications`, body);
const review = (opinion: string, level = 'satisfactory') => ({
  opinion,
  ...Object.fromEntries(
    ['solidity', 'feasibility', 'impact', 'supportValue'].map((axis) => [
      axis,
      { level, comment: `Avis sur ${axis}.` },
    ]),
  ),
});
const tokenOf = (text: string, path: string) =>
  new RegExp(`/${path}/([A-Za-z0-9_-]+)`).exec(text)![1]!;

describe('the call window and the application form', () => {
  it('accepts applications only while the call is open', async () => {
    const early = await openCall(organiser, '2023-10-01T00:00:00Z', '2023-11-01T00:00:00Z');
    const closed = await openCall(organiser, '2023-08-01T00:00:00Z', '2023-09-01T00:00:00Z');
    const open = await openCall(organiser);
    expect((await submit(early, sampleApplication(1))).body).toMatchObject({
      ok: false,
      error: { code: 'CALL_CLOSED', message: 'the call for projects is not open yet' },
    });
    expect((await submit(closed, sampleApplication(1))).status).toBe(409);
    const accepted = await submit(open, sampleApplication(1));
    expect(accepted.status).toBe(201);
    expect(data(accepted).ref).toBe('AIC-2026-001');
    const view = data(await server.client().get<{ status: string }>(`/api/public/calls/${open}`));
    expect(view.status).toBe('open');
  });

  it('names every bad field with a stable code and keeps nothing', async () => {
    const callId = await openCall(organiser);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ projectName: '' }, 'projectName', 'required'],
      [{ projectName: 'ab' }, 'projectName', 'too-short'],
      [{ pitch: 'x'.repeat(201) }, 'pitch', 'too-long'],
      [{ description: 'trop court' }, 'description', 'too-short'],
      [{ leadType: 'government' }, 'leadType', 'invalid-choice'],
      [{ leadName: undefined }, 'leadName', 'required'],
      [{ email: 'pas-une-adresse' }, 'email', 'invalid-email'],
      [{ phone: 'call me' }, 'phone', 'invalid-phone'],
      [{ sector: 42 }, 'sector', 'required'],
      [{ territory: ' ' }, 'territory', 'required'],
      [{ website: 'javascript:alert(1)' }, 'website', 'invalid-url'],
      [{ levers: [] }, 'levers', 'required'],
      [{ levers: ['coaching', 'bribes'] }, 'levers', 'invalid-choice'],
      [{ levers: ['coaching', 'coaching'] }, 'levers', 'invalid-choice'],
      [{ generalInterest: 'Court.' }, 'generalInterest', 'too-short'],
      [{ funding: undefined }, 'funding', 'required'],
      [
        {
          charter: {
            'public-service-values': true,
            'funding-transparency': false,
            'open-results': true,
            network: true,
          },
        },
        'charter.funding-transparency',
        'must-accept',
      ],
      [{ isAdmin: true }, 'isAdmin', 'unknown-field'],
    ];
    for (const [override, field, code] of cases) {
      const answer = await submit(callId, sampleApplication(2, override as never));
      expect(answer.status, field).toBe(422);
      expect(answer.body, field).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION_FAILED', details: { problems: [{ field, code }] } },
      });
    }
    const outbox = server.outbox.length;
    expect((await submit(callId, 'not an object')).status).toBe(422);
    expect(
      data(await server.client().get<{ lastSeq: number }>(`/api/public/calls/${callId}`)).lastSeq,
    ).toBe(1);
    expect(server.outbox.length).toBe(outbox);
  });

  it('catches the honeypot, duplicates (case and accents ignored) and floods', async () => {
    const callId = await openCall(organiser);
    expect((await submit(callId, { ...sampleApplication(3), fax: 'buy now' })).body).toMatchObject({
      ok: false,
      error: { code: 'SPAM_SUSPECTED' },
    });
    expect((await submit(callId, sampleApplication(3))).status).toBe(201);
    const sameName = await submit(
      callId,
      sampleApplication(4, { projectName: 'PROJET CITOYEN NUMÉRO 3 !' }),
    );
    expect(sameName.body).toMatchObject({
      ok: false,
      error: { code: 'DUPLICATE_APPLICATION', details: { field: 'projectName' } },
    });
    const sameText = await submit(
      callId,
      sampleApplication(5, { description: sampleApplication(3).description.toUpperCase() }),
    );
    expect(sameText.body).toMatchObject({ error: { details: { field: 'description' } } });

    const limited = await startTestServer({ applicationsPerHour: 2 });
    try {
      const admin = limited.client();
      await setUpAdministrator(admin, 'fixture password 42');
      const id = await openCall(admin);
      const client = limited.client();
      expect((await submit(id, sampleApplication(1), client)).status).toBe(201);
      expect((await submit(id, sampleApplication(2), client)).status).toBe(201);
      const third = await submit(id, sampleApplication(3), client);
      expect(third.status).toBe(429);
      expect(third.body).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    } finally {
      await limited.close();
    }
  });
});

describe('pre-screening, settlement and the jury’s dossiers', () => {
  it('assigns two reviewers each, replaces a conflicted one, settles after the close, and hands the dossiers to the jury', async () => {
    const callId = await openCall(organiser);
    const reviewerTokens: string[] = [];
    for (const name of ['Agnès', 'Bruno', 'Chloé']) {
      const before = server.outbox.length;
      data(
        await organiser.post(`/api/calls/${callId}/reviewers`, {
          name,
          email: `relecture.${reviewerTokens.length + 1}@administration.example`,
        }),
      );
      reviewerTokens.push(tokenOf(server.outbox[before]!.text, 'relecture'));
    }
    expect(
      (await organiser.post(`/api/calls/${callId}/reviewers`, { name: 'X', email: 'nope' })).status,
    ).toBe(422);
    // Each application is assigned to two of them as it arrives.
    const sent = server.outbox.length;
    for (let n = 1; n <= 6; n++)
      expect((await submit(callId, sampleApplication(100 + n))).status).toBe(201);
    const applicantMail = server.outbox[sent]!;
    expect(applicantMail.to).toBe('porteuse101@example.org');
    const applicantToken = tokenOf(applicantMail.text, 'candidature');
    const mine = data(
      await server
        .client()
        .get<{ ref: string; status: string; reason: null }>(`/api/applications/${applicantToken}`),
    );
    expect(mine).toMatchObject({ ref: 'AIC-2026-001', status: 'received', reason: null });

    // The manual catch-up has nothing left to do.
    data(await organiser.post(`/api/calls/${callId}/assign`, {}));
    type OrganiserView = {
      progress: {
        reviewers: { reviewer: string; assigned: number }[];
        total: { expected: number };
      };
      applications: { ref: string; reviewers: string[]; disagreement: boolean; settled: unknown }[];
    };
    let view = data(await organiser.get<OrganiserView>(`/api/calls/${callId}`));
    const loads = view.progress.reviewers.map((r) => r.assigned);
    expect(loads.reduce((a, b) => a + b, 0)).toBe(12);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);

    // R01 declares a conflict on the first of its applications: the least loaded other reviewer takes it.
    type ReviewerView = {
      reviewer: { id: string };
      applications: { ref: string; content: Record<string, unknown> }[];
    };
    const r1 = data(await server.client().get<ReviewerView>(`/api/reviewers/${reviewerTokens[0]}`));
    expect(JSON.stringify(r1)).not.toMatch(/porteuse|@example\.org/);
    const conflicted = r1.applications[0]!.ref;
    expect(
      (
        await server
          .client()
          .post(`/api/reviewers/${reviewerTokens[0]}/applications/${conflicted}/conflict`, {})
      ).status,
    ).toBe(201);
    view = data(await organiser.get<OrganiserView>(`/api/calls/${callId}`));
    const replaced = view.applications.find((a) => a.ref === conflicted)!;
    expect(replaced.reviewers).not.toContain('R01');
    expect(replaced.reviewers).toHaveLength(2);
    const refused = await server
      .client()
      .post(
        `/api/reviewers/${reviewerTokens[0]}/applications/${conflicted}/review`,
        review('admissible'),
      );
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    // Every active reviewer reviews: AIC-2026-001 and -002 are judged admissible by both; -003 divides them.
    for (const token of reviewerTokens) {
      const queue = data(await server.client().get<ReviewerView>(`/api/reviewers/${token}`));
      for (const { ref } of queue.applications) {
        const opinion =
          ref === 'AIC-2026-003' &&
          queue.reviewer.id === replaced.reviewers[0] &&
          ref !== conflicted
            ? 'to-discuss'
            : ['AIC-2026-001', 'AIC-2026-002'].includes(ref)
              ? 'admissible'
              : ref === 'AIC-2026-003'
                ? 'to-discuss'
                : 'not-admissible';
        const answer = await server
          .client()
          .post(
            `/api/reviewers/${token}/applications/${ref}/review`,
            review(opinion, opinion === 'admissible' ? 'strong' : 'fragile'),
          );
        expect(answer.status, `${token} ${ref}`).toBe(201);
      }
    }
    expect(
      (
        await server
          .client()
          .post(`/api/reviewers/${reviewerTokens[1]}/applications/AIC-2026-001/review`, {
            opinion: 'maybe',
          })
      ).status,
    ).toBe(422);
    view = data(await organiser.get<OrganiserView>(`/api/calls/${callId}`));
    expect(view.applications[0]!.ref).toBe('AIC-2026-003');
    expect(view.applications[0]!.disagreement).toBe(true);

    // Settlement waits for the close.
    const settle = (ref: string, body: unknown) =>
      organiser.post(`/api/calls/${callId}/applications/${ref}/settle`, body);
    const admissible = {
      admissible: true,
      reason: null,
      reasonText: 'Projet solide, retenu pour le jury.',
    };
    expect((await settle('AIC-2026-001', admissible)).status).toBe(409);
    server.clock.set('2023-10-02T09:00:00Z');
    // Sessions last 8 hours: sign in again after the jump in time.
    data(await signIn(organiser, 'fixture password 42'));
    expect((await submit(callId, sampleApplication(200))).status).toBe(409);
    expect(
      (
        await settle('AIC-2026-001', {
          admissible: false,
          reason: null,
          reasonText: 'Sans raison.',
        })
      ).status,
    ).toBe(422);
    for (const ref of ['AIC-2026-001', 'AIC-2026-002'])
      expect((await settle(ref, admissible)).status).toBe(201);
    for (const ref of ['AIC-2026-003', 'AIC-2026-004', 'AIC-2026-005', 'AIC-2026-006'])
      expect(
        (
          await settle(ref, {
            admissible: false,
            reason: ref === 'AIC-2026-003' ? 'immature' : 'commercial',
            reasonText: 'Le projet n’entre pas dans le périmètre de l’appel.',
          })
        ).status,
      ).toBe(201);
    expect((await settle('AIC-2026-001', admissible)).status).toBe(409);

    // The applicant reads the outcome; the public sees counts and reasons only.
    expect(
      data(
        await server
          .client()
          .get<{ status: string; reason: string }>(`/api/applications/${applicantToken}`),
      ),
    ).toMatchObject({
      status: 'admissible',
      reason: 'Projet solide, retenu pour le jury.',
    });
    const publicView = data(
      await server.client().get<{
        statistics: { received: number; admissible: number; reasons: Record<string, number> };
      }>(`/api/public/calls/${callId}`),
    );
    expect(publicView.statistics).toMatchObject({ received: 6, admissible: 2, notAdmissible: 4 });
    expect(publicView.statistics.reasons).toMatchObject({ immature: 1, commercial: 3, vague: 0 });
    const log = await (await fetch(`${server.url}/api/public/calls/${callId}/log.json`)).text();
    expect(log).not.toMatch(/Porteuse|porteuse|administration\.example|Agnès|Avis sur/);

    // Hand-over: the admissible applications become the drawn jury's dossiers, nothing retyped.
    expect((await organiser.post(`/api/calls/${callId}/export`, { processId })).status).toBe(201);
    const process = data(await organiser.get<ProcessState>(`/api/processes/${processId}`));
    const dossiers = process.dossiers!.dossiers;
    expect(dossiers.map((d) => d.id)).toEqual(['AIC-2026-001', 'AIC-2026-002']);
    expect(dossiers[0]).toMatchObject({
      title: 'Projet citoyen numéro 101',
      funding: sampleApplication(101).funding,
      prescreening: { admissible: true, solidity: { level: 'strong' } },
    });
    expect(JSON.stringify(dossiers)).not.toMatch(/porteuse|Porteuse/);
    // Each dossier is the application as received: its content hashes to the digest logged on receipt.
    const received = JSON.parse(log) as {
      type: string;
      payload: { ref: string; digest: string };
    }[];
    for (const dossier of dossiers)
      expect(contentDigest(contentOfDossier(dossier))).toBe(
        received.find((e) => e.type === 'application.received' && e.payload.ref === dossier.id)!
          .payload.digest,
      );
    expect((await organiser.post(`/api/calls/${callId}/export`, { processId })).status).toBe(409);
  });

  it('lets each role do only its own part', async () => {
    const callId = await openCall(organiser, '2023-10-01T00:00:00Z', '2023-11-01T00:00:00Z');
    const before = server.outbox.length;
    data(await submit(callId, sampleApplication(300)));
    const applicantToken = tokenOf(server.outbox[before]!.text, 'candidature');
    const anyone = server.client();
    for (const [method, path] of [
      ['POST', '/api/calls'],
      ['GET', `/api/calls/${callId}`],
      ['POST', `/api/calls/${callId}/reviewers`],
      ['POST', `/api/calls/${callId}/assign`],
      ['POST', `/api/calls/${callId}/applications/AIC-2026-001/settle`],
      ['POST', `/api/calls/${callId}/export`],
    ] as const) {
      const answer = await anyone.request(method, path, method === 'POST' ? {} : undefined);
      expect(answer.status, path).toBe(401);
    }
    // An applicant's or a juror's token is not a reviewer's.
    for (const token of [applicantToken, jurorToken]) {
      expect((await anyone.get(`/api/reviewers/${token}`)).body).toMatchObject({
        error: { code: 'TOKEN_INVALID' },
      });
      expect(
        (
          await anyone.post(
            `/api/reviewers/${token}/applications/AIC-2026-001/review`,
            review('admissible'),
          )
        ).status,
      ).toBe(404);
    }
    expect((await anyone.get(`/api/applications/${jurorToken}`)).status).toBe(404);
    expect((await anyone.get(`/api/invitations/${applicantToken}`)).status).toBe(404);
  });
});
