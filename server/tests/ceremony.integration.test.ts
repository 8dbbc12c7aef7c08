import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import drand from '../../fixtures/vectors/drand-quicknet.json';
import { sha256HexOfText } from '../../shared/crypto/hash';
import { canonicalize } from '../../shared/crypto/jcs';
import { verifyChain, type ChainedEvent } from '../../shared/events/eventChain';
import { verifyInclusion } from '../../shared/lottery/merkle';
import type { DrawRecord } from '../../shared/lottery/protocol';
import { verifyRecordBytes } from '../../shared/stratify/verifyRecordBytes';
import { foldProcess, type ProcessState } from '../../shared/process/processState';
import { drawSelection } from '../../shared/process/processStratified';
import { runScript, scratchFolder } from '../../scripts/testing/runScript';
import {
  setUpAdministrator,
  signIn,
  data,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../testing/testServer';

const volunteersCsv = readFileSync(new URL('../../fixtures/demo/volunteers.csv', import.meta.url));
const round = drand.rounds[0]!;
const witnessSecret = 'secret de Camille, témoin';
const PASSWORD = 'correct horse battery staple';

let server: TestServer;
let organiser: ApiClient;
const folder = scratchFolder();

beforeAll(async () => {
  server = await startTestServer();
  organiser = server.client();
  expect((await setUpAdministrator(organiser, PASSWORD)).status).toBe(201);
});
// Every test starts an hour before drand round 657413, which the ceremonies commit to.
beforeEach(() => server.clock.set('2023-09-15T10:00:00Z'));
afterAll(async () => {
  await server.close();
  folder.dispose();
});

async function createProcess(title = 'Jury test'): Promise<string> {
  return data(
    await organiser.post<ProcessState>('/api/processes', { title, seats: 15, alternates: 5 }),
  ).id;
}

async function committedProcess(): Promise<{ id: string; secret: string }> {
  const id = await createProcess();
  data(await organiser.post(`/api/processes/${id}/volunteers`, volunteersCsv));
  const committed = data(
    await organiser.post<{ organiserSecret: string; state: ProcessState }>(
      `/api/processes/${id}/commit`,
      {
        witnesses: [
          { label: 'Camille', commitment: sha256HexOfText(witnessSecret), optional: false },
          { label: 'Malik', commitment: sha256HexOfText('never told'), optional: true },
        ],
        drandRound: round.round,
      },
    ),
  );
  return { id, secret: committed.organiserSecret };
}

async function drawnProcess(): Promise<string> {
  const { id, secret } = await committedProcess();
  data(await organiser.post(`/api/processes/${id}/reveal`, { source: 0, value: secret }));
  data(await organiser.post(`/api/processes/${id}/reveal`, { source: 1, value: witnessSecret }));
  data(
    await organiser.post(`/api/processes/${id}/reveal`, { source: 3, signature: round.signature }),
  );
  data(await organiser.post(`/api/processes/${id}/draw`));
  return id;
}

const publicLog = async (id: string) =>
  JSON.parse(
    (await server.client().get(`/api/public/processes/${id}/log.json`)).text,
  ) as ChainedEvent[];

describe('the full ceremony over HTTP', () => {
  it('imports, commits, reveals, draws, and publishes a record that verifies and matches the CLI', async () => {
    const { id, secret } = await committedProcess();
    const publicBefore = data(
      await server.client().get<{
        commitment: { commitment: { sources: { label: string }[] }; drandRoundTime: string };
      }>(`/api/public/processes/${id}`),
    );
    expect(publicBefore.commitment.commitment.sources.map((s) => s.label)).toEqual([
      'organiser secret',
      'witness: Camille',
      'witness: Malik',
      `drand quicknet round ${round.round}`,
    ]);
    expect(publicBefore.commitment.drandRoundTime).toBe('2023-09-15T11:00:03.000Z');

    data(await organiser.post(`/api/processes/${id}/reveal`, { source: 0, value: secret }));
    data(await organiser.post(`/api/processes/${id}/reveal`, { source: 1, value: witnessSecret }));
    const revealed = data(
      await organiser.post<ProcessState>(`/api/processes/${id}/reveal`, {
        source: 3,
        signature: round.signature,
      }),
    );
    expect(revealed.status).toBe('revealed');
    const drawn = data(await organiser.post<ProcessState>(`/api/processes/${id}/draw`));
    expect(drawn.status).toBe('drawn');
    expect(drawn.record?.values[2]).toBeNull();

    const recordAnswer = await server.client().get(`/api/public/processes/${id}/record.json`);
    const recordBytes = new TextEncoder().encode(recordAnswer.text);
    const receipts = JSON.parse(
      (await organiser.get(`/api/processes/${id}/receipts.json`)).text,
    ) as { receipt: { id: string; index: number } }[];
    const pool = receipts
      .map((entry) => entry.receipt)
      .sort((a, b) => a.index - b.index)
      .map((receipt) => receipt.id);
    const report = verifyRecordBytes(recordBytes, { canonicalPool: pool });
    expect(report.checks.filter((check) => !check.ok)).toEqual([]);
    // No timelocked witness: the frozen kleroterion-draw/1, for the record and its commitment.
    expect(JSON.parse(recordAnswer.text)).toMatchObject({
      protocol: 'kleroterion-draw/1',
      commitment: { protocol: 'kleroterion-draw/1' },
    });

    // The same inputs through the command-line tools give the same bytes, and `verify` accepts them.
    const record = JSON.parse(recordAnswer.text) as DrawRecord;
    const recordFile = folder.write('server-record.json', recordAnswer.text);
    const poolFile = folder.write('pool.txt', `${pool.join('\n')}\n`);
    const commitmentFile = folder.write('commitment.json', JSON.stringify(record.commitment));
    const cli = await runScript('draw', [
      'reveal',
      '--commitment',
      commitmentFile,
      '--pool',
      poolFile,
      '--value',
      `organiser secret=${secret}`,
      '--value',
      `witness: Camille=${witnessSecret}`,
      '--beacon',
      `drand quicknet round ${round.round}=${round.signature}`,
    ]);
    expect(cli.stderr).toBe('');
    expect(cli.stdout).toBe(recordAnswer.text);
    const verified = await runScript('verify', [recordFile, '--pool', poolFile]);
    expect(verified.code).toBe(0);

    const log = await publicLog(id);
    expect(verifyChain(log)).toMatchObject({ ok: true, length: log.length });
    expect(foldProcess(log)).toEqual(
      data(await organiser.get<ProcessState>(`/api/processes/${id}`)),
    );
    expect(canonicalize(log)).not.toMatch(/@example\.org|Élodie|01 99 00/);
  });

  it('invites the seats, passes declined and unanswered seats to alternates in rank order, and refuses replays', async () => {
    const id = await drawnProcess();
    const deadline = new Date(server.clock.now().getTime() + 24 * 3600 * 1000).toISOString();
    const sentBefore = server.outbox.length;
    const invited = data(
      await organiser.post<ProcessState>(`/api/processes/${id}/invitations`, { deadline }),
    );
    expect(invited.status).toBe('invitations');
    const mails = server.outbox.slice(sentBefore);
    expect(mails).toHaveLength(15);
    const linkOf = (text: string) => /\/i\/([A-Za-z0-9_-]{22})/.exec(text)?.[1] as string;
    const tokens = mails.map((mail) => linkOf(mail.text));
    expect(new Set(tokens).size).toBe(15);

    const juror = server.client();
    const first = data(
      await juror.get<{ seat: number; status: string }>(`/api/invitations/${tokens[0]}`),
    );
    expect(first).toMatchObject({ seat: 1, status: 'invited' });
    expect(
      data(
        await juror.post<{ status: string }>(`/api/invitations/${tokens[0]}/answer`, {
          answer: 'accept',
        }),
      ).status,
    ).toBe('accepted');
    const replay = await juror.post(`/api/invitations/${tokens[0]}/answer`, { answer: 'decline' });
    expect(replay.status).toBe(409);
    expect(replay.body).toMatchObject({ ok: false, error: { code: 'INVITATION_ANSWERED' } });

    const state = data(await organiser.get<ProcessState>(`/api/processes/${id}`));
    const firstAlternate = drawSelection(state.record)[15]!;
    const secondAlternate = drawSelection(state.record)[16]!;
    data(await juror.post(`/api/invitations/${tokens[1]}/answer`, { answer: 'decline' }));
    let now = data(
      await server.client().get<{
        seats: { seat: number; holder: string }[];
        changes: { seat: number; to: string; reason: string }[];
      }>(`/api/public/processes/${id}`),
    );
    expect(now.seats[1]).toMatchObject({ seat: 2, holder: firstAlternate.id, status: 'invited' });
    expect(now.changes).toEqual([
      expect.objectContaining({ seat: 2, to: firstAlternate.id, reason: 'declined' }),
    ]);
    const alternateMail = server.outbox[server.outbox.length - 1]!;
    expect(alternateMail.subject).toContain('tiré·e au sort');

    // No answer by the deadline: the seat goes to the next alternate.
    server.clock.advance(25 * 3600 * 1000);
    // Sessions last 8 hours: the organiser's has expired, as it should.
    expect((await organiser.get(`/api/processes/${id}`)).status).toBe(401);
    data(await signIn(organiser, PASSWORD));
    expect(server.app.ceremony.expireOverdue()).toBeGreaterThanOrEqual(13);
    now = data(await server.client().get(`/api/public/processes/${id}`));
    expect(now.changes.find((change) => change.seat === 3)).toMatchObject({
      to: secondAlternate.id,
      reason: 'expired',
    });
    const late = await juror.post(`/api/invitations/${tokens[2]}/answer`, { answer: 'accept' });
    expect(late.status).toBe(409);
    expect(verifyChain(await publicLog(id)).ok).toBe(true);
  });
});

describe('the state machine refuses every out-of-order transition', () => {
  const expectRefused = async (
    answer: Promise<{ status: number; body: unknown }>,
    code = 'TRANSITION_REFUSED',
  ) => {
    const result = await answer;
    expect(result.status).toBe(409);
    expect(result.body).toMatchObject({ ok: false, error: { code } });
  };

  it('in draft, before the pool, and before the commitment', async () => {
    const id = await createProcess();
    await expectRefused(
      organiser.post(`/api/processes/${id}/commit`, { witnesses: [], drandRound: round.round }),
    );
    data(await organiser.post(`/api/processes/${id}/volunteers`, volunteersCsv));
    await expectRefused(organiser.post(`/api/processes/${id}/reveal`, { source: 0, value: 'x' }));
    await expectRefused(organiser.post(`/api/processes/${id}/draw`));
    await expectRefused(
      organiser.post(`/api/processes/${id}/invitations`, { deadline: '2030-01-01T00:00:00Z' }),
    );
    expect((await publicLog(id)).map((event) => event.type)).toEqual([
      'process.created',
      'pool.imported',
    ]);
  });

  it('after the commitment: no settings, no import, no draw before the reveals, no second commitment', async () => {
    const { id } = await committedProcess();
    const before = (await publicLog(id)).length;
    await expectRefused(
      organiser.put(`/api/processes/${id}/settings`, {
        title: 'Autre',
        seats: 3,
        alternates: 1,
        criteria: [{ id: 'x', label: 'X' }],
        shortlistMax: 3,
      }),
    );
    await expectRefused(organiser.post(`/api/processes/${id}/volunteers`, volunteersCsv));
    await expectRefused(organiser.post(`/api/processes/${id}/draw`));
    await expectRefused(
      organiser.post(`/api/processes/${id}/commit`, {
        witnesses: [],
        drandRound: round.round + 100,
      }),
    );
    const wrong = await organiser.post(`/api/processes/${id}/reveal`, {
      source: 0,
      value: 'not the secret',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({ ok: false, error: { code: 'REVEAL_MISMATCH' } });
    const forged = await organiser.post(`/api/processes/${id}/reveal`, {
      source: 3,
      signature: drand.negative.signature.replace(/^b7/, 'b8'),
    });
    expect(forged.status).toBe(422);
    expect((await publicLog(id)).length).toBe(before);
  });

  it('draws exactly once: a second draw is refused and recorded publicly', async () => {
    const id = await drawnProcess();
    const record = (await server.client().get(`/api/public/processes/${id}/record.json`)).text;
    await expectRefused(organiser.post(`/api/processes/${id}/draw`), 'ALREADY_DRAWN');
    const log = await publicLog(id);
    expect(log[log.length - 1]?.type).toBe('draw.redrawRefused');
    expect((await server.client().get(`/api/public/processes/${id}/record.json`)).text).toBe(
      record,
    );
    expect(
      data(await server.client().get<{ redrawAttempts: number }>(`/api/public/processes/${id}`))
        .redrawAttempts,
    ).toBe(1);
  });

  it('refuses a drand round too close to the commitment', async () => {
    const id = await createProcess();
    data(await organiser.post(`/api/processes/${id}/volunteers`, volunteersCsv));
    const early = await organiser.post(`/api/processes/${id}/commit`, {
      witnesses: [],
      drandRound: 656_200,
    });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('too early') },
    });
  });
});

describe('receipts', () => {
  it('give each volunteer an inclusion proof against the published root', async () => {
    const id = await createProcess();
    const state = data(
      await organiser.post<ProcessState>(`/api/processes/${id}/volunteers`, volunteersCsv),
    );
    const entries = JSON.parse(
      (await organiser.get(`/api/processes/${id}/receipts.json`)).text,
    ) as {
      name: string;
      email: string;
      receipt: {
        id: string;
        index: number;
        proof: string[];
        poolRoot: string;
        poolSize: number;
        url: string;
      };
    }[];
    expect(entries).toHaveLength(2000);
    // The receipt sent to a volunteer carries no personal data; name and e-mail only say whom to send it to.
    expect(JSON.stringify(entries.map((entry) => entry.receipt))).not.toContain('@example.org');
    for (const { receipt } of entries.slice(0, 50)) {
      expect(
        verifyInclusion(
          receipt.id,
          receipt.index,
          receipt.poolSize,
          receipt.proof,
          state.pool!.root,
        ),
      ).toBe(true);
      expect(receipt.url).toBe(`${server.url}/p/${id}`);
    }
  });
});
