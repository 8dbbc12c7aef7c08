import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessState } from '../../shared/process/processState';
import { openCall, sampleApplication } from '../testing/callFixture';
import { drawAndAccept } from '../testing/ceremonyFixture';
import { setUpAdministrator, data, startTestServer, type TestServer } from '../testing/testServer';
import { sendError } from '../http/respond';
import { createLogger } from './createLogger';

// Every line the server logs, as pino writes it.
const lines: string[] = [];
const log = createLogger('debug', { write: (line: string) => void lines.push(line) });

const volunteers = Array.from({ length: 30 }, (_, i) => ({
  name: `Zéphyrine Quintaval ${i}`,
  email: `zephyrine.quintaval${i}@exemple.fr`,
  phone: `+33 6 41 27 ${String(10 + i)} 93`,
}));
const applicant = {
  leadName: 'Aurélienne Brisebois',
  email: 'aurelienne.brisebois@exemple.fr',
  phone: '+33 7 58 19 62 04',
};
const personalData = [
  ...volunteers.flatMap((v) => [v.name, v.email, v.phone]),
  applicant.leadName,
  applicant.email,
  applicant.phone,
];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ log });
});
afterAll(() => server.close());

describe('logs carry no personal data', () => {
  it('logs an import, the invitations and a call application without any name, e-mail or phone', async () => {
    const organiser = server.client();
    data(await setUpAdministrator(organiser, 'log audit password'));
    const processId = data(
      await organiser.post<ProcessState>('/api/processes', { title: 'Journal', seats: 5 }),
    ).id;
    const csv = `name,email,phone\n${volunteers.map((v) => `${v.name},${v.email},${v.phone}`).join('\n')}\n`;
    // A refused import first (a duplicated line): its errors go to the answer, not to the log.
    const refused = await organiser.post(
      `/api/processes/${processId}/volunteers`,
      `${csv}${volunteers[0]!.name},${volunteers[0]!.email},${volunteers[0]!.phone}\n`,
    );
    expect(refused.body.ok).toBe(false);
    data(await organiser.post(`/api/processes/${processId}/volunteers`, csv));
    const tokens = await drawAndAccept(server, organiser, processId);
    expect(tokens).toHaveLength(5);
    expect(server.outbox.some((mail) => volunteers.some((v) => mail.to === v.email))).toBe(true);

    const callId = await openCall(organiser);
    data(
      await server
        .client()
        .post(`/api/public/calls/${callId}/applications`, sampleApplication(1, applicant)),
    );
    // A duplicate application is refused; still nothing personal in the log.
    await server
      .client()
      .post(`/api/public/calls/${callId}/applications`, sampleApplication(1, applicant));

    const output = lines.join('');
    expect(output).toContain('pool imported');
    expect(output).toContain('application received');
    for (const value of personalData) expect(output).not.toContain(value);
  });

  it('keeps the message of an unexpected error out of the log, and redacts personal keys', () => {
    const before = lines.length;
    const response = { status: () => ({ json: () => undefined }) };
    sendError(
      response as never,
      new Error(`constraint failed for ${applicant.email} (${applicant.phone})`),
      log,
    );
    log.info(
      { volunteer: { name: applicant.leadName, email: applicant.email } },
      'defence in depth',
    );
    log.warn({ phone: applicant.phone }, 'defence in depth');
    const output = lines.slice(before).join('');
    expect(output).toContain('unexpected error');
    expect(output).toContain('[redacted]');
    for (const value of personalData) expect(output).not.toContain(value);
  });
});
