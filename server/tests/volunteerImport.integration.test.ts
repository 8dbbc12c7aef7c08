import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessState } from '../../shared/process/processState';
import {
  setUpAdministrator,
  data,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../testing/testServer';

let server: TestServer;
let organiser: ApiClient;
let processId: string;

beforeAll(async () => {
  server = await startTestServer();
  organiser = server.client();
  data(await setUpAdministrator(organiser, 'a long enough password'));
  processId = data(await organiser.post<ProcessState>('/api/processes', { title: 'Import' })).id;
});
afterAll(() => server.close());

const upload = (body: string | Uint8Array) =>
  organiser.post(
    `/api/processes/${processId}/volunteers`,
    typeof body === 'string' ? new TextEncoder().encode(body) : body,
    { headers: { 'x-file-name': 'volontaires.csv' } },
  );
const logLength = async () =>
  JSON.parse((await organiser.get(`/api/public/processes/${processId}/log.json`)).text)
    .length as number;

interface Problem {
  line: number;
  column?: number;
  field?: string;
  code: string;
  message: string;
}

async function expectRejected(
  body: string | Uint8Array,
  expected: Partial<Problem>[],
  status = 422,
): Promise<Problem[]> {
  const before = await logLength();
  const answer = await upload(body);
  expect(answer.status).toBe(status);
  expect(answer.body.ok).toBe(false);
  const problems = (
    answer.body.ok ? [] : (answer.body.error.details?.['problems'] ?? [])
  ) as Problem[];
  for (const problem of expected) expect(problems).toContainEqual(expect.objectContaining(problem));
  // All or nothing: a rejected file changes nothing.
  expect(await logLength()).toBe(before);
  return problems;
}

describe('volunteer CSV import', () => {
  it('accepts a UTF-8 BOM, CRLF, semicolons and extra attribute columns', async () => {
    const csv =
      '\ufeffnom;courriel;téléphone;genre;région\r\nAlice Martin;alice@example.org;01 99 00 12 34;femme;Bretagne\r\nBob Durand;bob@example.org;;homme;Corse\r\n';
    const state = data(await upload(csv)) as ProcessState;
    expect(state.pool).toMatchObject({ size: 2, attributeColumns: ['genre', 'région'] });
  });

  it('reports duplicate emails with both lines', async () => {
    await expectRejected('name,email\nA,a@example.org\nB,b@example.org\nC,A@example.org\n', [
      {
        line: 4,
        column: 2,
        field: 'email',
        code: 'DUPLICATE',
        message: expect.stringContaining('line 2'),
      },
    ]);
  });

  it('reports missing required columns', async () => {
    await expectRejected('name,phone\nA,0199001234\n', [
      { line: 1, field: 'email', code: 'MISSING_COLUMN' },
    ]);
  });

  it('explains a wrong delimiter', async () => {
    await expectRejected('name|email\nA|a@example.org\n', [
      { line: 1, code: 'MISSING_COLUMN', message: expect.stringContaining('delimiter') },
    ]);
  });

  it('names the line of invalid UTF-8', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('name,email\nA,a@example.org\n'),
      0x42,
      0xe9,
      0x2c,
      0x62,
      0x40,
      0x78,
      0x2e,
      0x6f,
      0x0a,
    ]);
    await expectRejected(bytes, [{ line: 3, code: 'INVALID_UTF8' }]);
  });

  it('refuses an empty file and a header without rows', async () => {
    await expectRejected('', [{ code: 'EMPTY_FILE' }]);
    await expectRejected('name,email\n', [{ code: 'NO_ROWS' }]);
  });

  it('reports every bad row, not just the first', async () => {
    const problems = await expectRejected(
      'name,email,phone\n,a@example.org,\nB,not-an-email,\nC,c@example.org,call me\nD,d@example.org\n',
      [
        { line: 2, column: 1, field: 'name', code: 'REQUIRED' },
        { line: 3, column: 2, field: 'email', code: 'INVALID' },
        { line: 4, column: 3, field: 'phone', code: 'INVALID' },
        { line: 5, code: 'FIELD_COUNT' },
      ],
    );
    expect(problems).toHaveLength(4);
  });

  it('refuses duplicate and empty header names', async () => {
    await expectRejected('name,email,email,\nA,a@example.org,b@example.org,x\n', [
      { line: 1, column: 3, code: 'DUPLICATE_HEADER' },
      { line: 1, column: 4, code: 'EMPTY_HEADER' },
    ]);
  });

  it('refuses a 50 MB upload with 413 and changes nothing', async () => {
    const row = 'Nom Prénom,personne@example.org,01 99 00 00 00\n';
    const big = `name,email,phone\n${row.repeat(Math.ceil((50 * 1024 * 1024) / row.length))}`;
    const before = await logLength();
    const answer = await upload(big);
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'UPLOAD_TOO_LARGE' } });
    expect(await logLength()).toBe(before);
  });

  it('keeps personal data out of the public log and the public view', async () => {
    const log = (await organiser.get(`/api/public/processes/${processId}/log.json`)).text;
    const view = (await server.client().get(`/api/public/processes/${processId}`)).text;
    for (const text of [log, view]) {
      expect(text).not.toContain('alice@example.org');
      expect(text).not.toContain('Alice Martin');
      expect(text).not.toContain('01 99 00 12 34');
    }
  });
});
