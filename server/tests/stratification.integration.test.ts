import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import drand from '../../fixtures/vectors/drand-quicknet.json';
import { sha256HexOfText } from '../../shared/crypto/hash';
import type { ErrorDetails } from '../../shared/errors';
import { checkLottery } from '../../shared/stratify/lotteryFile';
import { verifyRecordBytes } from '../../shared/stratify/verifyRecordBytes';
import type { ProcessState } from '../../shared/process/processState';
import { drawSelection } from '../../shared/process/processStratified';
import { verifyPublication } from '../../shared/process/verifyPublication';
import type { StratifiedRecord } from '../../shared/stratify/stratifiedProtocol';
import type { StratificationView } from '../../shared/stratify/stratificationView';
import { runScript, scratchFolder } from '../../scripts/testing/runScript';
import { createProcessWithVolunteers, revealSecretAndRound } from '../testing/ceremonyFixture';
import {
  setUpAdministrator,
  data,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../testing/testServer';

// 40 volunteers: gender alternates f/m, age is "jeune" for a quarter of them.
const GENDERS = ['f', 'm'];
const volunteersCsv = () =>
  `name,email,genre,age\n${Array.from(
    { length: 40 },
    (_, i) => `P ${i},p${i}@example.org,${GENDERS[i % 2]},${i % 4 === 0 ? 'jeune' : 'senior'}`,
  ).join('\n')}\n`;
const QUOTAS = 'feature,value,min,max\ngenre,f,3,3\ngenre,m,3,3\nage,jeune,2,3\nage,senior,3,4\n';

let server: TestServer;
let organiser: ApiClient;
let processId: string;

const base = () => `/api/processes/${processId}/stratification`;
const view = async () => data(await organiser.get<StratificationView>(base()));
const importQuotas = (csv: string, fileName = 'quotas.csv') =>
  organiser.post<StratificationView>(`${base()}/quotas`, csv, {
    headers: { 'x-file-name': fileName },
  });

async function untilSettled(): Promise<StratificationView> {
  for (;;) {
    const current = await view();
    if (current.job.status !== 'running') return current;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  server = await startTestServer();
  organiser = server.client();
  data(await setUpAdministrator(organiser, 'stratified test password'));
  processId = await createProcessWithVolunteers(
    organiser,
    { title: 'Jury stratifié', seats: 6, alternates: 6 },
    volunteersCsv(),
  );
});
afterAll(() => server.close());

describe('the stratified option of a process draw', () => {
  it('refuses bad quotas with file, line, field and code, and changes nothing', async () => {
    const cases: { csv: string; line: number; field: string; problem?: string }[] = [
      { csv: 'nom,valeur\ngenre,f\n', line: 1, field: '' },
      { csv: 'feature,value,min,max\ngenre,f,3,3\ngenre,m,trois,3\n', line: 3, field: 'min' },
      {
        csv: 'feature,value,min,max\ngenre,f,3,3\ngenre,m,3,3\nregion,Bretagne,0,6\n',
        line: 4,
        field: 'region',
        problem: 'UNKNOWN_CATEGORY',
      },
      {
        csv: 'category,feature,min,max\ngenre,f,3,3\nage,jeune,2,3\nage,senior,3,4\n',
        line: 2,
        field: 'genre',
        problem: 'FEATURE_NOT_IN_QUOTAS',
      },
    ];
    for (const { csv, line, field, problem } of cases) {
      const answer = await importQuotas(csv, 'mauvais.csv');
      expect(answer.status).toBe(422);
      expect(answer.body).toMatchObject({
        ok: false,
        error: { code: 'CSV_INVALID', details: { file: 'mauvais.csv', line } },
      });
      if (!answer.body.ok) {
        const details = answer.body.error.details as ErrorDetails | undefined;
        if (field !== '') expect(details?.field).toBe(field);
        expect(answer.body.error.message).toContain('mauvais.csv');
        if (problem !== undefined) expect(details?.problems?.[0]?.code).toBe(problem);
      }
      expect((await view()).quotas).toBeUndefined();
    }
  });

  it('imports quotas, computes with progress, stores the lottery, and can cancel', async () => {
    expect((await organiser.post(`${base()}/compute`, {})).status).toBe(409);
    const imported = data(await importQuotas(QUOTAS));
    expect(imported.quotas?.quotas).toHaveLength(4);
    expect(imported.quotas?.file).toBe('quotas.csv');
    // A later bad file leaves the good quotas in place.
    expect((await importQuotas('feature,value,min,max\ngenre,x,1,1\n')).status).toBe(422);
    expect((await view()).quotas?.quotas).toHaveLength(4);

    const started = await organiser.post<StratificationView>(`${base()}/compute`, {
      panelCount: 60,
      algorithm: 'leximin',
    });
    expect(started.status).toBe(202);
    expect(data(started).job.status).toBe('running');
    const done = await untilSettled();
    expect(done.job).toMatchObject({ status: 'done' });
    const progress = done.job.progress;
    expect(progress?.round).toBeGreaterThanOrEqual(1);
    // f/jeune, f/senior and m/senior: every fourth volunteer is young, and all of them are f.
    expect(progress?.types).toBe(3);
    const lottery = done.lottery!;
    expect(lottery.panelCount).toBe(60);
    expect(lottery.panelSize).toBe(6);
    expect(lottery.respondents).toBe(40);
    expect(lottery.minProbability).toBeGreaterThan(0);
    expect(lottery.naive).not.toBeNull();
    expect(lottery.probabilities).toHaveLength(40);
    // The stored lottery is the one its digest names, with pseudonymous ids only.
    const file = await organiser.get(`${base()}/lottery.json`);
    expect(sha256HexOfText(file.text)).toBe(lottery.digest);
    expect(file.text).not.toContain('example.org');
    expect(file.text).not.toContain('P 1');

    // Cancelling a second run keeps the stored lottery.
    data(await organiser.post(`${base()}/compute`, { panelCount: 80, algorithm: 'maximin' }));
    const cancelled = data(await organiser.post<StratificationView>(`${base()}/cancel`, {}));
    expect(cancelled.job.status).toBe('cancelled');
    expect((await view()).lottery?.digest).toBe(lottery.digest);
    expect((await organiser.post(`${base()}/cancel`, {})).status).toBe(409);
  });

  it('is for the organiser only', async () => {
    const stranger = server.client();
    for (const [method, path] of [
      ['GET', base()],
      ['GET', `${base()}/lottery.json`],
      ['POST', `${base()}/quotas`],
      ['POST', `${base()}/compute`],
      ['POST', `${base()}/cancel`],
    ] as const) {
      const answer = await stranger.request(method, path, method === 'POST' ? QUOTAS : undefined);
      expect(answer.status, `${method} ${path}`).toBe(401);
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('computes a Nash-welfare lottery that records its certificate and passes the file checks', async () => {
    const started = await organiser.post<StratificationView>(`${base()}/compute`, {
      panelCount: 60,
      algorithm: 'nash',
    });
    expect(started.status).toBe(202);
    const done = await untilSettled();
    expect(done.job).toMatchObject({ status: 'done', options: { algorithm: 'nash' } });
    const lottery = done.lottery!;
    expect(lottery).toMatchObject({ algorithm: 'nash', complete: true, rounds: [], bounds: null });
    const nash = lottery.nash!;
    expect(nash.selectable).toBe(40);
    expect(nash.gap).toBeLessThanOrEqual(nash.tolerance * nash.selectable);
    const file = await organiser.get(`${base()}/lottery.json`);
    expect(sha256HexOfText(file.text)).toBe(lottery.digest);
    const report = checkLottery(JSON.parse(file.text));
    expect(report.checks.filter((check) => !check.ok)).toEqual([]);
    expect(report.checks.map((check) => check.name)).toContain('lottery-nash-certificate');

    // The next test commits to a LEXIMIN lottery, as it did before this one was added: computed again.
    await organiser.post(`${base()}/compute`, { panelCount: 60, algorithm: 'leximin' });
    expect((await untilSettled()).lottery).toMatchObject({ algorithm: 'leximin', complete: true });
  });

  it('commits, freezes, draws a verifiable panel within the quotas, and replaces by type', async () => {
    const { lottery } = await view();
    const round = drand.rounds[0]!;
    const { state, organiserSecret } = data(
      await organiser.post<{ state: ProcessState; organiserSecret: string }>(
        `/api/processes/${processId}/commit`,
        { witnesses: [], drandRound: round.round, stratified: true },
      ),
    );
    const commitment = state.commitment!.commitment;
    expect(commitment).toMatchObject({
      protocol: 'kleroterion-stratified/1',
      panelSize: 6,
      panelCount: 60,
      respondentCount: 40,
      alternatesPerSeat: 1,
      poolSize: 40,
    });
    // Each respondent's receipt is queued with the stratified commitment too.
    const receipts = server.app.mailQueue
      .deliveriesOfProcess(processId)
      .filter((delivery) => delivery.kind === 'receipt');
    expect(receipts).toHaveLength(40);

    const frozen = await importQuotas(QUOTAS);
    expect(frozen.status).toBe(409);
    expect(frozen.body).toMatchObject({ ok: false, error: { code: 'STRATIFICATION_FROZEN' } });
    const recompute = await organiser.post(`${base()}/compute`, {});
    expect(recompute.body).toMatchObject({ ok: false, error: { code: 'STRATIFICATION_FROZEN' } });
    expect((await view()).lottery?.digest).toBe(lottery?.digest);
    expect((await view()).isCommitted).toBe(true);

    await revealSecretAndRound(organiser, processId, organiserSecret, round);
    const drawn = data(await organiser.post<ProcessState>(`/api/processes/${processId}/draw`, {}));
    const file = await server.client().get(`/api/public/processes/${processId}/record.json`);
    const bytes = new TextEncoder().encode(file.text);
    const report = verifyRecordBytes(bytes);
    expect(report.checks.filter((check) => !check.ok)).toEqual([]);
    expect(report.checks.map((check) => check.name)).toContain('panel-quotas');
    // The command-line verifier accepts the published file as it is.
    const scratch = scratchFolder();
    const recordFile = scratch.write('record.json', file.text);
    const cli = await runScript('verify', [recordFile]);
    scratch.dispose();
    expect(cli.code, cli.stdout + cli.stderr).toBe(0);
    const record = JSON.parse(file.text) as StratifiedRecord;
    expect(record.protocol).toBe('kleroterion-stratified/1');
    // Every member meets the quotas, counted here independently of the verifier.
    const count = (category: string, feature: string) =>
      record.members.filter((member) => member.features[category] === feature).length;
    expect(count('genre', 'f')).toBe(3);
    expect(count('genre', 'm')).toBe(3);
    expect(count('age', 'jeune')).toBeGreaterThanOrEqual(2);
    expect(count('age', 'jeune')).toBeLessThanOrEqual(3);
    // The seats are the panel; the published log and record verify together.
    expect(drawn.seats.map((seat) => seat.holder)).toEqual(record.members.map((m) => m.id));
    const logText = (await server.client().get(`/api/public/processes/${processId}/log.json`)).text;
    expect(verifyPublication(processId, JSON.parse(logText), bytes).ok).toBe(true);

    // Invitations go out; a decline passes the seat to that seat's own alternate (same features).
    const sent = server.outbox.length;
    data(
      await organiser.post(`/api/processes/${processId}/invitations`, {
        deadline: '2023-09-20T00:00:00Z',
      }),
    );
    expect(server.outbox.length - sent).toBe(6);
    const lastSeat = 6;
    const mail = server.outbox
      .slice(sent)
      .find((entry) => entry.text.includes(`(siège ${lastSeat})`))!;
    const token = /\/i\/([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
    data(await server.client().post(`/api/invitations/${token}/answer`, { answer: 'decline' }));
    const after = data(await organiser.get<ProcessState>(`/api/processes/${processId}`));
    const holder = after.seats[lastSeat - 1]!.holder!;
    const leaver = record.members[lastSeat - 1]!;
    const replacement = record.alternates[lastSeat - 1]!.replacements[0]!;
    expect(holder).toBe(replacement.id);
    expect(replacement.features).toEqual(leaver.features);
    expect(drawSelection(after.record).find((pick) => pick.id === holder)?.forSeat).toBe(lastSeat);
  });
});
