// Calls for projects, issue 13: assignment on arrival (balanced, never to a conflicted reviewer), the
// decision mail queued with the settlement, and one vocabulary of refusal reasons across the routes.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChainedEvent } from '../../shared/events/eventChain';
import { reasonLabel } from '../../shared/calls/refusalReasons';
import type { Review } from '../../shared/calls/review';
import { createApp } from '../app';
import { openDatabase } from '../db/openDatabase';
import { MailDeliveryError } from '../mail/mailDeliveryError';
import type { TransportMail } from '../ports';
import { openCall, sampleApplication } from '../testing/callFixture';
import {
  setUpAdministrator,
  signIn,
  data,
  seededRandom,
  silentLog,
  startTestServer,
  testClock,
  type ApiClient,
  type TestServer,
} from '../testing/testServer';

let server: TestServer;
let organiser: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  organiser = server.client();
  data(await setUpAdministrator(organiser, 'fixture password 42'));
});
afterAll(() => server.close());

const submit = (callId: string, n: number) =>
  server
    .client()
    .post<{ ref: string }>(`/api/public/calls/${callId}/applications`, sampleApplication(n));
const tokenOf = (text: string, path: string) =>
  new RegExp(`/${path}/([A-Za-z0-9_-]+)`).exec(text)![1]!;
const review = (opinion: string) =>
  ({
    opinion,
    ...Object.fromEntries(
      ['solidity', 'feasibility', 'impact', 'supportValue'].map((axis) => [
        axis,
        { level: 'fragile', comment: `Avis sur ${axis}.` },
      ]),
    ),
  }) as Review;
type OrganiserView = {
  progress: { reviewers: { reviewer: string; assigned: number }[] };
  applications: {
    ref: string;
    reviewers: string[];
    conflicts: string[];
    content: { description: string };
  }[];
};
const view = async (callId: string) =>
  data(await organiser.get<OrganiserView>(`/api/calls/${callId}`));
const log = async (callId: string) =>
  (await (
    await fetch(`${server.url}/api/public/calls/${callId}/log.json`)
  ).json()) as ChainedEvent[];

async function addReviewers(callId: string, names: string[]): Promise<string[]> {
  const tokens: string[] = [];
  for (const name of names) {
    const before = server.outbox.length;
    data(
      await organiser.post(`/api/calls/${callId}/reviewers`, {
        name,
        email: `relecture.${tokens.length + 1}@administration.example`,
      }),
    );
    tokens.push(tokenOf(server.outbox[before]!.text, 'relecture'));
  }
  return tokens;
}

describe('automatic assignment', () => {
  it('assigns each application submitted through the public route to two reviewers at once, balanced, never to a conflicted one', async () => {
    const callId = await openCall(organiser);
    const tokens = await addReviewers(callId, ['Agnès', 'Bruno', 'Chloé', 'David']);
    for (let n = 1; n <= 7; n++) {
      const ref = data(await submit(callId, n)).ref;
      // The receipt and the assignment are one append: consecutive events at the same instant.
      const events = await log(callId);
      const received = events.findIndex(
        (e) => e.type === 'application.received' && (e.payload as { ref: string }).ref === ref,
      );
      const assigned = events[received + 1]!;
      expect(assigned.type).toBe('application.assigned');
      expect(assigned.at).toBe(events[received]!.at);
      expect((assigned.payload as { ref: string; reviewers: string[] }).reviewers).toHaveLength(2);
      const loads = (await view(callId)).progress.reviewers.map((r) => r.assigned);
      expect(loads.reduce((a, b) => a + b, 0)).toBe(2 * n);
      expect(Math.max(...loads) - Math.min(...loads), `after ${n}`).toBeLessThanOrEqual(1);
    }

    // R01 declares a conflict on its first application: its replacement is someone else, and R01
    // never comes back on it, however the later applications are spread.
    const r1 = data(
      await server.client().get<{ applications: { ref: string }[] }>(`/api/reviewers/${tokens[0]}`),
    );
    const conflicted = r1.applications[0]!.ref;
    expect(
      (
        await server
          .client()
          .post(`/api/reviewers/${tokens[0]}/applications/${conflicted}/conflict`, {})
      ).status,
    ).toBe(201);
    for (let n = 8; n <= 12; n++) data(await submit(callId, n));
    const after = await view(callId);
    const application = after.applications.find((a) => a.ref === conflicted)!;
    expect(application.conflicts).toEqual(['R01']);
    expect(application.reviewers).not.toContain('R01');
    expect(application.reviewers).toHaveLength(2);
    expect(after.applications.every((a) => a.reviewers.length === 2)).toBe(true);
    const loads = after.progress.reviewers.map((r) => r.assigned);
    expect(loads.reduce((a, b) => a + b, 0)).toBe(24);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    // Nothing is left for the manual catch-up to do.
    const caughtUp = await organiser.post<{ lastSeq: number }>(`/api/calls/${callId}/assign`, {});
    expect(caughtUp.status).toBe(201);
    expect(data(caughtUp).lastSeq).toBe((await log(callId)).length);
  });

  it('balances the applications that arrived before two reviewers existed over them when they join', async () => {
    const callId = await openCall(organiser);
    for (let n = 1; n <= 3; n++) data(await submit(callId, n));
    expect((await view(callId)).applications.every((a) => a.reviewers.length === 0)).toBe(true);
    await addReviewers(callId, ['Agnès']);
    expect((await view(callId)).applications.every((a) => a.reviewers.length === 0)).toBe(true);
    await addReviewers(callId, ['Bruno']);
    const joined = await view(callId);
    expect(joined.applications.map((a) => a.reviewers)).toEqual([
      ['R01', 'R02'],
      ['R01', 'R02'],
      ['R01', 'R02'],
    ]);
    const events = await log(callId);
    const added = events.findIndex(
      (e) => e.type === 'reviewer.added' && (e.payload as { reviewer: string }).reviewer === 'R02',
    );
    expect(events.slice(added + 1).map((e) => e.type)).toEqual([
      'application.assigned',
      'application.assigned',
      'application.assigned',
    ]);
  });
});

describe('the decision, told to the applicant', () => {
  it('writes the decision mail to the outbox with the reason’s French label, a working link to the status page, and the same code and label everywhere', async () => {
    const callId = await openCall(organiser);
    const reviewers = await addReviewers(callId, ['Agnès', 'Bruno']);
    const submitted = server.outbox.length;
    for (const n of [1, 2]) data(await submit(callId, n));
    const firstLink = tokenOf(server.outbox[submitted]!.text, 'candidature');
    for (const token of reviewers)
      for (const ref of ['AIC-2026-001', 'AIC-2026-002'])
        expect(
          (
            await server
              .client()
              .post(`/api/reviewers/${token}/applications/${ref}/review`, review('not-admissible'))
          ).status,
        ).toBe(201);
    // Both applications arrived through the public route and are settled once the call closes.
    expect((await view(callId)).applications[0]!.content.description).toBe(
      sampleApplication(1).description,
    );
    server.clock.set('2023-10-02T09:00:00Z');
    data(await signIn(organiser, 'fixture password 42'));
    const before = server.outbox.length;
    const explanation =
      'Le projet reprend un service que la commune propose déjà gratuitement à tous ses habitants.';
    expect(
      (
        await organiser.post(`/api/calls/${callId}/applications/AIC-2026-001/settle`, {
          admissible: false,
          reason: 'duplicate',
          reasonText: explanation,
        })
      ).status,
    ).toBe(201);
    expect(server.outbox).toHaveLength(before + 1);
    const mail = server.outbox[before]!;
    expect(mail.to).toBe('porteuse1@example.org');
    expect(mail.subject).toBe('Décision sur votre candidature AIC-2026-001 : non recevable');
    expect(mail.text).toContain('Bonjour Porteuse 1,');
    expect(mail.text).toContain('Décision : votre candidature n’est pas recevable.');
    expect(mail.text).toContain(`Motif : ${reasonLabel('duplicate')}.`);
    expect(reasonLabel('duplicate')).toBe('Doublon d’un service public existant');
    expect(mail.text).toContain(explanation);
    // The mail's link is new (only hashes are kept) and opens the same page as the first one.
    const mailLink = tokenOf(mail.text, 'candidature');
    expect(mailLink).not.toBe(firstLink);
    expect(mail.text).toContain(`${server.url}/candidature/${mailLink}`);
    type Status = { ref: string; status: string; reason: string; reasonCategory: string | null };
    for (const token of [mailLink, firstLink])
      expect(data(await server.client().get<Status>(`/api/applications/${token}`))).toMatchObject({
        ref: 'AIC-2026-001',
        status: 'not-admissible',
        reason: explanation,
        reasonCategory: 'duplicate',
      });
    // The public statistics count the same code.
    const publicView = data(
      await server
        .client()
        .get<{ statistics: { reasons: Record<string, number> } }>(`/api/public/calls/${callId}`),
    );
    expect(publicView.statistics.reasons).toMatchObject({ duplicate: 1, other: 0 });
    // The public log holds neither the mail nor the explanation.
    expect(JSON.stringify(await log(callId))).not.toMatch(/Porteuse|commune propose/);

    // An admissible decision is told too, without a reason.
    data(
      await organiser.post(`/api/calls/${callId}/applications/AIC-2026-002/settle`, {
        admissible: true,
        reason: null,
        reasonText: 'Votre projet est recevable : le jury citoyen l’examinera.',
      }),
    );
    const admitted = server.outbox[server.outbox.length - 1]!;
    expect(admitted.subject).toBe('Décision sur votre candidature AIC-2026-002 : recevable');
    expect(admitted.text).not.toContain('Motif');
    server.clock.set('2023-09-15T10:00:00Z');
    data(await signIn(organiser, 'fixture password 42'));
  });
});

describe('the decision mail queue', () => {
  it('keeps a decision mail the mailer could not take, and sends it when the server starts again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kleroterion-mail-queue-'));
    const clock = testClock('2023-09-15T10:00:00Z');
    const delivered: TransportMail[] = [];
    const start = (isMailerDown: boolean) => {
      const db = openDatabase(dir);
      const app = createApp({
        db,
        clock,
        random: seededRandom(`mail-queue-${String(isMailerDown)}`),
        log: silentLog,
        mailTransport: {
          messageIdDomain: 'kleroterion.test',
          send: (mail) => {
            if (isMailerDown && mail.subject.startsWith('Décision'))
              return Promise.reject(new MailDeliveryError('SMTP down', false));
            delivered.push(mail);
            return Promise.resolve({ messageId: mail.messageId });
          },
        },
        options: {
          publicUrl: 'https://kleroterion.example',
          minDrandDelaySeconds: 60,
          replyWindowMs: 48 * 3600 * 1000,
        },
      });
      return { db, app };
    };
    const queued = (db: ReturnType<typeof openDatabase>) =>
      (
        db
          .prepare(
            "SELECT COUNT(*) AS n FROM mail_queue WHERE status = 'queued' AND kind = 'applicationDecision'",
          )
          .get() as {
          n: number;
        }
      ).n;
    try {
      const first = start(true);
      const { calls } = first.app;
      const callId = calls.create({
        title: 'Appel à projets 2026',
        description: 'Un appel.',
        opensAt: '2023-09-01T00:00:00Z',
        closesAt: '2023-10-01T00:00:00Z',
        refPrefix: 'AIC',
        year: 2026,
      }).id;
      for (const name of ['Agnès', 'Bruno'])
        calls.addReviewer(callId, { name, email: `${name.length}@administration.example` });
      calls.submit(callId, sampleApplication(1));
      for (const reviewer of ['R01', 'R02'])
        calls.reviewAs(callId, reviewer, 'AIC-2026-001', review('not-admissible'));
      clock.set('2023-10-02T09:00:00Z');
      // The settlement is durable even though the mail could not leave.
      expect(
        calls.settle(callId, 'AIC-2026-001', {
          admissible: false,
          reason: 'vague',
          reasonText: 'Le dossier ne dit ni pour qui ni comment.',
        }),
      ).toEqual({ ok: true });
      // Queued mail is handed over once the transaction that queued it has committed.
      await new Promise((resolve) => setImmediate(resolve));
      expect(delivered.filter((m) => m.subject.startsWith('Candidature'))).toHaveLength(1);
      expect(delivered.filter((m) => m.subject.startsWith('Décision'))).toEqual([]);
      expect(queued(first.db)).toBe(1);
      // The worker's attempt failed: the message stays queued with the reason, for a retry.
      await vi.waitFor(() =>
        expect(
          first.db
            .prepare(
              "SELECT attempts, last_error FROM mail_queue WHERE kind = 'applicationDecision'",
            )
            .get(),
        ).toEqual({
          attempts: 1,
          last_error: 'SMTP down',
        }),
      );
      await first.app.close();
      first.db.close();

      // Past the first retry's backoff, the server starts again and sends it.
      clock.advance(60_000);
      const second = start(false);
      await vi.waitFor(() => expect(queued(second.db)).toBe(0));
      const [mail] = delivered.filter((m) => m.subject.startsWith('Décision'));
      expect(mail?.to).toBe('porteuse1@example.org');
      expect(mail?.text).toContain(`Motif : ${reasonLabel('vague')}.`);
      const token = tokenOf(mail!.text, 'candidature');
      expect(second.app.calls.application(token)).toMatchObject({
        ref: 'AIC-2026-001',
        reasonCategory: 'vague',
      });
      await second.app.close();
      second.db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
