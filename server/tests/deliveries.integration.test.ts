import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveriesReport, DeliveryView } from '../../shared/mail/deliveries';
import type { OutgoingMail } from '../mail/mailQueue';
import { openCall } from '../testing/callFixture';
import {
  data,
  startTestServer,
  type ApiClient,
  type TestServer,
  setUpAdministrator,
  signInAs,
} from '../testing/testServer';

let server: TestServer;
let organiser: ApiClient;
let processId: string;
let otherProcessId: string;
let callId: string;

const mail = (overrides: Partial<OutgoingMail>): OutgoingMail => ({
  kind: 'invitation',
  to: 'someone@example.org',
  language: 'fr',
  subject: 'Objet',
  text: 'Texte',
  html: '<p>Texte</p>',
  ...overrides,
});

beforeAll(async () => {
  // A mail server that never answers: every message stays as the test set it (the worker's attempts hang).
  server = await startTestServer({
    mailTransport: { messageIdDomain: 'kleroterion.test', send: () => new Promise(() => {}) },
  });
  organiser = server.client();
  data(await setUpAdministrator(organiser, 'fixture password 42'));
  processId = data(await organiser.post<{ id: string }>('/api/processes', { title: 'Jury A' })).id;
  otherProcessId = data(
    await organiser.post<{ id: string }>('/api/processes', { title: 'Jury B' }),
  ).id;
  callId = await openCall(organiser);
});
afterAll(() => server.close());

describe('delivery status of a process', () => {
  let failedId: number;
  let otherProcessMessage: number;
  let callMessage: number;

  beforeAll(() => {
    const queue = server.app.mailQueue;
    const sent = queue.enqueue(mail({ to: 'ada@example.org', processId, recipientRef: 'V-1' }));
    queue.markSent(sent, '<a@kleroterion>');
    failedId = queue.enqueue(mail({ to: 'bob@example.org', processId, recipientRef: 'V-2' }));
    queue.markAttemptFailed(failedId, 'EENVELOPE 550 5.1.1 mailbox unavailable', '<b@k>', true);
    const retrying = queue.enqueue(
      mail({ kind: 'receipt', to: 'cleo@example.org', processId, recipientRef: 'V-3' }),
    );
    queue.markAttemptFailed(retrying, 'ECONNREFUSED', '<c@k>', false);
    queue.enqueue(mail({ kind: 'invitationReminder', to: 'dan@example.org', processId }));
    otherProcessMessage = queue.enqueue(mail({ processId: otherProcessId }));
    callMessage = queue.enqueue(
      mail({ kind: 'reviewerInvitation', to: 'eve@example.org', callId }),
    );
  });

  it('counts and lists each group, failures first, with the reason classified', async () => {
    const report = data(
      await organiser.get<DeliveriesReport>(`/api/processes/${processId}/deliveries`),
    );
    expect(report.counts).toEqual({ sent: 1, queued: 2, failed: 1 });
    expect(report.groups.map((group) => group.group)).toEqual([
      'invitations',
      'reminders',
      'receipts',
    ]);
    const invitations = report.groups[0]!;
    expect(invitations.counts).toEqual({ sent: 1, queued: 0, failed: 1 });
    expect(invitations.deliveries.map((d) => [d.to, d.status, d.attempts, d.problem])).toEqual([
      ['bob@example.org', 'failed', 1, 'refused'],
      ['ada@example.org', 'sent', 1, null],
    ]);
    const receipt = report.groups[2]!.deliveries[0]!;
    expect(receipt).toMatchObject({ status: 'queued', attempts: 1, problem: 'unreachable' });
    expect(receipt.nextAttemptAt).not.toBeNull();
    // The bodies never leave the queue through this view.
    expect(JSON.stringify(report)).not.toContain('Texte');
  });

  it("lists a call's messages on the call's route only", async () => {
    const report = data(await organiser.get<DeliveriesReport>(`/api/calls/${callId}/deliveries`));
    expect(report.groups).toHaveLength(1);
    expect(report.groups[0]!.group).toBe('reviewers');
    expect(report.groups[0]!.deliveries[0]!.id).toBe(callMessage);
  });

  it('resends a failed message: queued again, due now, and the worker is woken', async () => {
    let woken = 0;
    const stop = server.app.mailQueue.onQueued(() => (woken += 1));
    const answer = data(
      await organiser.post<DeliveryView>(
        `/api/processes/${processId}/deliveries/${failedId}/resend`,
      ),
    );
    stop();
    // Its attempts start afresh: a message that used up its retries gets them all again.
    expect(answer).toMatchObject({ id: failedId, status: 'queued', attempts: 0, lastError: null });
    expect(woken).toBe(1);
    expect(server.app.mailQueue.due().map((due) => due.id)).toContain(failedId);
    const report = data(
      await organiser.get<DeliveriesReport>(`/api/processes/${processId}/deliveries`),
    );
    expect(report.counts.failed).toBe(0);
  });

  it("refuses to resend another process's or a call's message through this process", async () => {
    for (const id of [otherProcessMessage, callMessage, 999_999]) {
      const answer = await organiser.post(`/api/processes/${processId}/deliveries/${id}/resend`);
      expect(answer.status).toBe(404);
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(server.app.mailQueue.delivery(otherProcessMessage)?.status).toBe('queued');
    const wrongCall = await organiser.post(
      `/api/calls/${callId}/deliveries/${otherProcessMessage}/resend`,
    );
    expect(wrongCall.status).toBe(404);
  });

  it('rejects a malformed message id and an unknown process or call', async () => {
    const bad = await organiser.post(`/api/processes/${processId}/deliveries/abc/resend`);
    expect(bad.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const noProcess = await organiser.get('/api/processes/nope/deliveries');
    expect(noProcess.body.ok).toBe(false);
    expect(noProcess.status).toBe(404);
    const noCall = await organiser.get('/api/calls/nope/deliveries');
    expect(noCall.status).toBe(404);
  });

  it('is for the organiser only', async () => {
    const stranger = server.client();
    const list = await stranger.get(`/api/processes/${processId}/deliveries`);
    expect(list.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(list.text).not.toContain('example.org');
    const resend = await stranger.post(`/api/calls/${callId}/deliveries/${callMessage}/resend`);
    expect(resend.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});

describe("the accounts' own mails (administrators)", () => {
  it('lists invitations and password links, resends one, and refuses any other message', async () => {
    const queue = server.app.mailQueue;
    const invitation = queue.enqueue(
      mail({ kind: 'accountInvitation', to: 'nouvelle@example.org', recipientRef: 'acct-1' }),
    );
    queue.markAttemptFailed(invitation, 'EENVELOPE 550 5.1.1 no such user', '<i@k>', true);
    const reset = queue.enqueue(
      mail({ kind: 'passwordReset', to: 'ancien@example.org', recipientRef: 'acct-2' }),
    );
    queue.markSent(reset, '<r@k>');
    const processMessage = queue.enqueue(mail({ processId, to: 'juror@example.org' }));

    const report = data(await organiser.get<DeliveriesReport>('/api/accounts/deliveries'));
    expect(report.groups.map((group) => group.group)).toEqual(['accounts']);
    expect(report.groups[0]!.deliveries.map((d) => [d.to, d.status, d.problem])).toEqual([
      ['nouvelle@example.org', 'failed', 'refused'],
      ['ancien@example.org', 'sent', null],
    ]);
    expect(JSON.stringify(report)).not.toContain('juror@example.org');

    const resent = data(
      await organiser.post<DeliveryView>(`/api/accounts/deliveries/${invitation}/resend`),
    );
    expect(resent).toMatchObject({ id: invitation, status: 'queued', attempts: 0 });
    const other = await organiser.post(`/api/accounts/deliveries/${processMessage}/resend`);
    expect(other.status).toBe(404);
    expect(queue.delivery(processMessage)?.status).toBe('queued');

    // An organiser who is no administrator does not see them.
    const { client } = await signInAs(server, ['organiser'], 'orga@example.org');
    const refused = await client.get('/api/accounts/deliveries');
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
