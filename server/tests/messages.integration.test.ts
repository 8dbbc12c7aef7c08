// What is sent, to whom, when and in which language: every message is queued in the transaction of the
// write that causes it, on a real server (port 0), and read back from the queue's rows.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import drand from '../../fixtures/vectors/drand-quicknet.json';
import { checkReceipt } from '../../client/src/public/checkReceipt';
import type { Review } from '../../shared/calls/review';
import type { PublicView } from '../../shared/process/publicView';
import type { ProcessState } from '../../shared/process/processState';
import {
  createProcessWithVolunteers,
  invitationTokenOf,
  revealSecretAndRound,
} from '../testing/ceremonyFixture';
import { openCall, sampleApplication } from '../testing/callFixture';
import {
  data,
  startTestServer,
  type ApiClient,
  type TestServer,
  setUpAdministrator,
} from '../testing/testServer';

interface QueuedRow {
  kind: string;
  recipient: string;
  language: string;
  subject: string;
  text_body: string;
  html_body: string;
  recipient_ref: string | null;
}

const rowsOf = (server: TestServer, kind: string): QueuedRow[] =>
  server.db.prepare('SELECT * FROM mail_queue WHERE kind = ? ORDER BY id').all(kind) as QueuedRow[];

/** `count` volunteers; volunteer 1 reads English (the `langue` column), the others French. */
function volunteersCsv(count: number): string {
  const rows = Array.from(
    { length: count },
    (_, i) => `Personne ${i};personne${i}@example.org;${i === 1 ? 'en' : i === 2 ? '' : 'FR'}`,
  );
  return `nom;courriel;langue\n${rows.join('\n')}\n`;
}

async function committedProcess(organiser: ApiClient, volunteers: number) {
  const processId = await createProcessWithVolunteers(
    organiser,
    { title: 'Budget participatif <2026>', seats: 3, alternates: 2 },
    volunteersCsv(volunteers),
  );
  data(
    await organiser.put(`/api/processes/${processId}/service`, {
      place: 'Salle des fêtes',
      compensation: '80 € par séance',
    }),
  );
  const started = performance.now();
  const { organiserSecret } = data(
    await organiser.post<{ organiserSecret: string }>(`/api/processes/${processId}/commit`, {
      witnesses: [],
      drandRound: drand.rounds[0]!.round,
    }),
  );
  return { processId, organiserSecret, commitMs: performance.now() - started };
}

describe('messages', () => {
  let server: TestServer;
  let organiser: ApiClient;
  beforeEach(async () => {
    server = await startTestServer();
    organiser = server.client();
    data(await setUpAdministrator(organiser, 'messages password 42'));
  });
  afterEach(() => server.close());

  it('queues each volunteer’s own receipt with the commitment, in their language, and the page accepts it as sent', async () => {
    const { processId } = await committedProcess(organiser, 30);
    const receipts = rowsOf(server, 'receipt');
    expect(receipts).toHaveLength(30);
    const file = JSON.parse(
      (await organiser.get(`/api/processes/${processId}/receipts.json`)).text,
    ) as { name: string; email: string; receipt: { id: string } }[];
    const view = data(await server.client().get<PublicView>(`/api/public/processes/${processId}`));
    for (const row of receipts) {
      const entry = file.find((e) => e.email === row.recipient)!;
      // The same receipt as the organiser's file, and only this volunteer's.
      expect(row.text_body).toContain(JSON.stringify(entry.receipt, null, 2));
      expect(row.recipient_ref).toBe(entry.receipt.id);
      for (const other of file.filter((e) => e !== entry)) {
        expect(row.text_body).not.toContain(other.receipt.id);
        expect(row.text_body).not.toContain(other.email);
        expect(row.html_body).not.toContain(other.receipt.id);
      }
      expect(row.text_body).not.toContain(row.recipient);
      // "Vérifier mon reçu" accepts the whole mail, unchanged.
      expect(checkReceipt(row.text_body, view)).toMatchObject({
        kind: 'in-pool',
        id: entry.receipt.id,
        draw: 'not-yet',
      });
      // …and the same mail quoted in a reply.
      const quoted = row.text_body
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
      expect(checkReceipt(quoted, view)).toMatchObject({ kind: 'in-pool' });
      expect(row.text_body).toContain(`${server.url}/p/${processId}#receipt-heading`);
      expect(row.html_body).toContain('&lt;2026&gt;');
    }
    const english = receipts.find((r) => r.recipient === 'personne1@example.org')!;
    expect(english.language).toBe('en');
    expect(english.subject).toBe('Your receipt for the draw: Budget participatif <2026>');
    expect(receipts.filter((r) => r.language === 'fr')).toHaveLength(29);
    expect(server.app.mailQueue.deliveriesOfProcess(processId)).toHaveLength(30);
  });

  it('queues no receipt when the commitment is refused', async () => {
    const processId = data(
      await organiser.post<ProcessState>('/api/processes', { title: 'Sans volontaires', seats: 3 }),
    ).id;
    const refused = await organiser.post(`/api/processes/${processId}/commit`, {
      witnesses: [],
      drandRound: drand.rounds[0]!.round,
    });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(rowsOf(server, 'receipt')).toEqual([]);
  });

  it('refuses a volunteers file with an unknown language, naming the line', async () => {
    const processId = data(
      await organiser.post<ProcessState>('/api/processes', { title: 'Langues', seats: 3 }),
    ).id;
    const answer = await organiser.post(
      `/api/processes/${processId}/volunteers`,
      'nom;courriel;langue\nA;a@example.org;fr\nB;b@example.org;de\n',
    );
    expect(answer.status).toBe(422);
    expect(answer.text).toContain('is not a language (fr or en)');
    expect(answer.text).toContain('"line":3');
  });

  it('queues the invitations with the service description, then one reminder before the deadline to those who have not answered', async () => {
    const { processId, organiserSecret } = await committedProcess(organiser, 30);
    await revealSecretAndRound(organiser, processId, organiserSecret, drand.rounds[0]!);
    data(await organiser.post(`/api/processes/${processId}/draw`));
    data(
      await organiser.post(`/api/processes/${processId}/invitations`, {
        deadline: '2023-09-20T00:00:00Z',
      }),
    );
    const invitations = rowsOf(server, 'invitation');
    expect(invitations).toHaveLength(3);
    for (const row of invitations) {
      const french = row.language === 'fr';
      expect(row.text_body).toContain(french ? 'Salle des fêtes' : 'Salle des fêtes');
      expect(row.text_body).toContain(
        french
          ? '20 septembre 2023 à 02:00, heure de Paris'
          : '20 September 2023 at 02:00, Paris time',
      );
      expect(row.html_body).toContain('<li><strong>');
    }
    const tokens = invitations.map((row) => invitationTokenOf(row.text_body));
    // Seat 1 answers; seats 2 and 3 do not.
    data(await server.client().post(`/api/invitations/${tokens[0]}/answer`, { answer: 'accept' }));

    // Sent on 15 September at 10:00, due on the 20th at 00:00: reminded 48 hours before.
    server.clock.set('2023-09-17T23:59:00Z');
    expect(server.app.reminders.remindDue()).toBe(0);
    server.clock.set('2023-09-18T00:00:00Z');
    expect(server.app.reminders.remindDue()).toBe(2);
    expect(server.app.reminders.remindDue()).toBe(0);
    server.clock.set('2023-09-19T12:00:00Z');
    expect(server.app.reminders.remindDue()).toBe(0);
    const reminders = rowsOf(server, 'invitationReminder');
    expect(reminders.map((r) => r.recipient_ref).sort()).toEqual(
      invitations
        .slice(1)
        .map((r) => r.recipient_ref)
        .sort(),
    );
    for (const reminder of reminders) {
      expect(reminder.subject).toMatch(/^(Rappel|Reminder)/);
      // The fresh link answers for the same seat.
      const token = invitationTokenOf(reminder.text_body);
      expect(tokens).not.toContain(token);
      const invitation = data(
        await server.client().get<{ id: string; status: string }>(`/api/invitations/${token}`),
      );
      expect(invitation).toMatchObject({ id: reminder.recipient_ref, status: 'invited' });
    }
  });

  it('reminds half-way through a reply window shorter than four days', async () => {
    const { processId, organiserSecret } = await committedProcess(organiser, 30);
    await revealSecretAndRound(organiser, processId, organiserSecret, drand.rounds[0]!);
    data(await organiser.post(`/api/processes/${processId}/draw`));
    // Sent at 10:00 on the 15th, due at 10:00 on the 16th: reminded at 22:00 on the 15th.
    data(
      await organiser.post(`/api/processes/${processId}/invitations`, {
        deadline: '2023-09-16T10:00:00Z',
      }),
    );
    server.clock.set('2023-09-15T21:59:00Z');
    expect(server.app.reminders.remindDue()).toBe(0);
    server.clock.set('2023-09-15T22:00:00Z');
    expect(server.app.reminders.remindDue()).toBe(3);
  });

  it('writes to an applicant in the language of the page they submitted from', async () => {
    const callId = await openCall(organiser);
    data(
      await server.client().post(`/api/public/calls/${callId}/applications`, {
        ...sampleApplication(1),
        language: 'en',
      }),
    );
    data(
      await server.client().post(`/api/public/calls/${callId}/applications`, sampleApplication(2)),
    );
    const [english, french] = rowsOf(server, 'applicationConfirmation');
    expect(english).toMatchObject({ language: 'en', recipient: 'porteuse1@example.org' });
    expect(english!.subject).toBe('Application received: Projet citoyen numéro 1 (AIC-2026-001)');
    expect(french).toMatchObject({ language: 'fr', recipient: 'porteuse2@example.org' });
    expect(french!.text_body).toContain('Ne le transmettez pas');
    expect(english!.html_body).toContain('<html lang="en">');
    // The decision follows the same language.
    for (const name of ['Agnès', 'Bruno'])
      data(
        await organiser.post(`/api/calls/${callId}/reviewers`, {
          name,
          email: `${name.length}@adm.example`,
        }),
      );
    const [reviewer] = rowsOf(server, 'reviewerInvitation');
    expect(reviewer!.text_body).toContain('Bonjour Agnès');
    server.clock.set('2023-10-02T09:00:00Z');
    for (const reviewer of ['R01', 'R02'])
      server.app.calls.reviewAs(callId, reviewer, 'AIC-2026-001', {
        opinion: 'not-admissible',
        ...Object.fromEntries(
          ['solidity', 'feasibility', 'impact', 'supportValue'].map((axis) => [
            axis,
            { level: 'fragile', comment: `Avis sur ${axis}.` },
          ]),
        ),
      } as Review);
    // A fortnight later the organiser's session has expired: the service settles directly.
    server.app.calls.settle(callId, 'AIC-2026-001', {
      admissible: false,
      reason: 'vague',
      reasonText: 'The application says neither for whom nor how.',
    });
    const [decision] = rowsOf(server, 'applicationDecision');
    expect(decision).toMatchObject({ language: 'en', recipient: 'porteuse1@example.org' });
    expect(decision!.subject).toBe('Decision on your application AIC-2026-001: not admissible');
  });

  it('commits 2,000 volunteers and queues their 2,000 receipts in one transaction', async () => {
    const { commitMs } = await committedProcess(organiser, 2000);
    expect(rowsOf(server, 'receipt')).toHaveLength(2000);
    console.info(`commit with 2,000 receipts queued: ${commitMs.toFixed(0)} ms`);
    expect(commitMs).toBeLessThan(5000);
  });
});
