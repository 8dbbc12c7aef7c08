import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistrationView } from '../../shared/api/groups/registration.contract';
import type { ProcessState } from '../../shared/process/processState';
import drand from '../../fixtures/vectors/drand-quicknet.json';
import { canonicalize } from '../../shared/crypto/jcs';
import {
  invitedByStratum,
  parseStageOneRecord,
  stageOneRecordHash,
} from '../../shared/invitations/stageLink';
import { verifyReceipt } from '../../shared/invitations/verifyReceipt';
import { Receipt } from '../../shared/api/receipt';
import { verifyRecordBytes } from '../../shared/stratify/verifyRecordBytes';
import { verifyStageLink } from '../../shared/invitations/verifyStageLink';
import { createProcessWithVolunteers, revealSecretAndRound } from '../testing/ceremonyFixture';
import { pdfPageCount } from '../testing/pdfText';
import { pdfQrCodes } from '../testing/pdfQrCodes';
import { stageOneRecordOfRegister } from '../testing/stageOneFixture';
import {
  data,
  setUpAdministrator,
  signInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../testing/testServer';

const SAMPLE = readFileSync(
  new URL('../../fixtures/register/register-sample.csv', import.meta.url),
);

let server: TestServer;
let organiser: ApiClient;
let cookie: string;
let processId: string;
const path = (rest = '') => `/api/processes/${processId}/registration${rest}`;

beforeAll(async () => {
  server = await startTestServer({ registrationAttemptsPerWindow: 12 });
  organiser = server.client();
  data(await setUpAdministrator(organiser, 'registration test password'));
  ({ cookie } = await signInAs(server, ['organiser'], 'letters@example.org'));
  processId = await createProcessWithVolunteers(organiser, { title: 'Convention', seats: 1 }, [
    'P 1,p1@example.org',
    'P 2,p2@example.org',
  ]);
  data(
    await organiser.post(`/api/processes/${processId}/register?stratum=departement`, SAMPLE, {
      headers: { 'x-file-name': 'registre.csv' },
    }),
  );
});
afterAll(() => server.close());

describe('the registration routes', () => {
  it('takes a verified stage-one record, streams the letters, registers invitees and makes them the pool', async () => {
    const record = stageOneRecordOfRegister(server.db, 2);
    const publicStageOne = `/api/public/processes/${processId}/stage-one`;
    expect(data(await server.client().get(publicStageOne))).toBeNull();
    expect(
      data(await server.client().get(`/api/public/processes/${processId}/registration`)),
    ).toEqual({ isOpen: false });
    const accepted = await organiser.post<RegistrationView>(
      path('/stage-one'),
      JSON.stringify(record),
      { contentType: 'application/json' },
    );
    expect(data(accepted).stageOne).toEqual({
      protocol: 'kleroterion-invitations/1',
      invitations: 6,
    });
    data(
      await organiser.put(path('/form'), {
        eligibility: "J'ai 16 ans ou plus et je réside en France",
        attributes: [{ category: 'genre', values: ['femme', 'homme', 'autre'] }],
      }),
    );
    const letters = await fetch(`${server.url}${path('/letters')}`, {
      method: 'POST',
      headers: { cookie, origin: server.url, 'content-type': 'application/json' },
      body: JSON.stringify({ description: 'Une convention citoyenne.', organiserName: 'Ville' }),
    });
    expect(letters.status).toBe(201);
    expect(letters.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await letters.arrayBuffer());
    expect(pdfPageCount(pdf)).toBe(6);
    const codes = pdfQrCodes(pdf).map((link) => new URL(link).searchParams.get('code') as string);
    expect(codes).toHaveLength(6);
    expect(data(await organiser.get<RegistrationView>(path())).codes).toEqual({
      issued: 6,
      used: 0,
    });

    const visitor = server.client();
    const status = `/api/public/processes/${processId}/registration`;
    expect(data(await visitor.get(status))).toEqual({ isOpen: true });
    const form = data(await visitor.post('/api/public/registration/form', { code: codes[0] }));
    expect(form).toEqual({
      title: 'Convention',
      eligibility: "J'ai 16 ans ou plus et je réside en France",
      attributes: [{ category: 'genre', values: ['femme', 'homme', 'autre'] }],
    });
    for (const [i, code] of codes.slice(0, 3).entries())
      data(
        await visitor.post('/api/public/registration', {
          code,
          eligible: true,
          consent: true,
          name: `Personne ${i}`,
          email: `personne${i}@example.org`,
          attributes: { genre: 'autre' },
          language: 'fr',
        }),
      );
    const again = await visitor.post('/api/public/registration', {
      code: codes[0],
      eligible: true,
      consent: true,
      name: 'Quelqu’un',
      email: 'autre@example.org',
      attributes: { genre: 'femme' },
      language: 'fr',
    });
    expect(again.status).toBe(409);
    expect(again.text).not.toMatch(/Personne|personne0/);

    const view = data(await organiser.post<RegistrationView>(path('/close')));
    expect(data(await visitor.get(status))).toEqual({ isOpen: false });
    expect(view.responses.reduce((n, s) => n + s.registered, 0)).toBe(3);
    const state = data(await organiser.get<ProcessState>(`/api/processes/${processId}`));
    expect(state.pool?.size).toBe(3);
    expect(state.pool?.attributeColumns).toEqual(['genre']);
    const pooled = server.db
      .prepare('SELECT pseudonym FROM volunteers WHERE process_id = ? ORDER BY pseudonym')
      .pluck()
      .all(processId);
    const redeemed = server.db
      .prepare(
        'SELECT register_id FROM registration_codes WHERE process_id = ? AND used_at IS NOT NULL ORDER BY register_id',
      )
      .pluck()
      .all(processId);
    expect(pooled).toEqual(redeemed);

    // The public page's stage one: aggregates and the record, as canonical bytes that verify.
    expect(data(await visitor.get(publicStageOne))).toEqual({
      protocol: 'kleroterion-invitations/1',
      recordHash: stageOneRecordHash(record),
      invitations: 6,
      isClosed: true,
      responses: view.responses,
    });
    const file = await fetch(`${server.url}${publicStageOne}.json`);
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect(new TextDecoder().decode(bytes)).toBe(`${canonicalize(record)}\n`);
    expect(verifyRecordBytes(bytes).checks.filter((c) => !c.ok)).toEqual([]);
    expect((await visitor.get(publicStageOne)).text).not.toMatch(/Personne/);

    // Stage two: its commitment names stage one's record and the responses by stratum, and the drawn
    // record's link to stage one verifies, with the pool and without.
    const round = drand.rounds[0]!;
    const { organiserSecret } = data(
      await organiser.post<{ organiserSecret: string }>(`/api/processes/${processId}/commit`, {
        witnesses: [],
        drandRound: round.round,
      }),
    );
    await revealSecretAndRound(organiser, processId, organiserSecret, round);
    data(await organiser.post(`/api/processes/${processId}/draw`));
    const published = await fetch(`${server.url}/api/public/processes/${processId}/record.json`);
    const stageTwo = JSON.parse(await published.text()) as {
      commitment: { stageOne?: { recordHash: string; responses: unknown[] } };
    };
    expect(stageTwo.commitment.stageOne?.recordHash).toBe(stageOneRecordHash(record));
    expect(stageTwo.commitment.stageOne?.responses).toEqual(
      view.responses.map((r) => ({
        stratum: r.stratum,
        invited: r.invited,
        registered: r.registered,
      })),
    );
    const linked = verifyStageLink(stageTwo, record, { pool: pooled as string[] });
    expect(linked.checks.filter((c) => !c.ok)).toEqual([]);
    expect(linked.checks.at(-1)?.name).toBe('stage-one-pool');
  });

  it('issues each registered volunteer a receipt of both stages, mailed and downloadable', async () => {
    // The first test closed the registrations (3 invitees), committed and drew stage two.
    const published = await fetch(`${server.url}/api/public/processes/${processId}/record.json`);
    const { commitment } = JSON.parse(await published.text()) as { commitment: unknown };
    const stageOneFile = await fetch(
      `${server.url}/api/public/processes/${processId}/stage-one.json`,
    );
    const stageOne = JSON.parse(await stageOneFile.text()) as unknown;
    const parsedStageOne = parseStageOneRecord(stageOne)!;
    const invitedIn = new Map(
      invitedByStratum(parsedStageOne).flatMap(({ stratum, ids }) =>
        ids.map((id) => [id, stratum]),
      ),
    );

    const downloaded = JSON.parse(
      (await organiser.get(`/api/processes/${processId}/receipts.json`)).text,
    ) as { name: string; email: string; receipt: Receipt }[];
    expect(downloaded).toHaveLength(3);
    const mails = server.db
      .prepare(
        "SELECT recipient_ref, text_body FROM mail_queue WHERE kind = 'receipt' AND process_id = ? ORDER BY recipient_ref",
      )
      .all(processId) as { recipient_ref: string; text_body: string }[];
    expect(mails.map((m) => m.recipient_ref)).toEqual(downloaded.map((d) => d.receipt.id).sort());
    for (const { receipt } of downloaded) {
      expect(Receipt.parse(receipt)).toEqual(receipt);
      expect(receipt.version).toBe(2);
      expect(receipt.stageOne?.stratum).toBe(invitedIn.get(receipt.id));
      const report = verifyReceipt(receipt, commitment, stageOne);
      expect(report.checks.filter((c) => !c.ok)).toEqual([]);
      expect(report.checks.map((c) => c.name)).toEqual([
        'receipt',
        'pool-proof',
        'stage-one-commitment',
        'stage-one-record',
        'stage-one-invited',
        'stage-one-proof',
      ]);
      // The mailed receipt is the downloaded one, and says in words what it proves of stage one.
      const mail = mails.find((m) => m.recipient_ref === receipt.id)!;
      expect(JSON.parse(/\{[\s\S]*\}/.exec(mail.text_body)![0])).toEqual(receipt);
      expect(mail.text_body).toContain(
        `Il prouve aussi que vous faisiez partie des personnes invitées par le premier tirage, dans le registre, pour « ${receipt.stageOne!.stratum} ».`,
      );
    }
    // A receipt's stage-one part pointing at another invitation fails by name.
    const [first, second] = downloaded.map((d) => d.receipt);
    const swapped = verifyReceipt({ ...first!, stageOne: second!.stageOne }, commitment, stageOne);
    expect(swapped.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual([
      'stage-one-invited',
      'stage-one-proof',
    ]);
  });

  it('refuses the organiser routes to anyone but an organiser', async () => {
    const stranger = server.client();
    for (const answer of [
      await stranger.get(path()),
      await stranger.post(path('/close')),
      await stranger.post(path('/letters'), { description: 'd', organiserName: 'o' }),
    ])
      expect([401, 403]).toContain(answer.status);
    // A signed-in account without the organiser role (an auditor) is refused too.
    const { client: auditor } = await signInAs(server, ['auditor'], 'auditor@example.org');
    expect((await auditor.get(path())).status).toBe(403);
    expect((await auditor.post(path('/close'))).status).toBe(403);
  });

  it('limits the codes tried from one connection', async () => {
    const visitor = server.client();
    const statuses: number[] = [];
    for (let i = 0; i < 14; i += 1)
      statuses.push(
        (
          await visitor.post('/api/public/registration/form', {
            code: `0000-0000-0000-0000-0000-0000-00${i % 10}0`,
          })
        ).status,
      );
    expect(statuses).toContain(404);
    expect(statuses.at(-1)).toBe(429);
  });
});
