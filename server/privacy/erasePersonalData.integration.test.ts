import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  existsSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect } from 'socket.io-client';
import { verifyBundleBytes } from '../../shared/audit/verifyBundle';
import { verifyRecordBytes } from '../../shared/stratify/verifyRecordBytes';
import { syntheticDossier } from '../../shared/testing/syntheticProcess';
import { runScript } from '../../scripts/testing/runScript';
import { openCall, sampleApplication } from '../testing/callFixture';
import {
  createProcessWithVolunteers,
  drawAndAccept,
  importDossiers,
} from '../testing/ceremonyFixture';
import { deliberate, ok } from '../testing/deliberationFixture';
import { pdfQrCodes } from '../testing/pdfQrCodes';
import { stageOneRecordOfRegister } from '../testing/stageOneFixture';
import {
  setUpAdministrator,
  data,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../testing/testServer';
import { removeOutboxMail } from './removeOutboxMail';

const people = Array.from({ length: 12 }, (_, i) => ({
  name: `Zéphyrine Quillembois-${i}`,
  email: `zephyrine.quillembois.${i}@personnel.example`,
  phone: `+33 6 71 ${String(10 + i)} 42 99`,
}));
const PERSONAL = [
  ...people.flatMap((p) => [p.name, p.email, p.phone]),
  'Salomé-Juré-Unique',
  'porteuse1@example.org',
  'Porteuse 1',
  'Relectrice Effaçable',
  'relectrice.effacable@administration.example',
];

/** Stage one's personal data: the register's rows (names, postal and e-mail addresses) and a registrant. */
const STAGE_ONE_PERSONAL = [
  'Claire Anne',
  '12 rue des Lilas',
  'claire.martin@example.org',
  '3 place de la Mairie',
  '45, avenue Jean Jaurès',
  'sophie.bernard@example.org',
  'Résidence Les Pins',
  'Ulrique Stade-Premier',
  'ulrique.stade@personnel.example',
];
const REGISTER = readFileSync(
  new URL('../../fixtures/register/register-sample.csv', import.meta.url),
);

let dataDir: string;
let processId: string;
let stageOneProcessId: string;
let stageOneFile: string;
let callId: string;
let before: { audit: string; record: string; log: string; callLog: string };

async function publicFiles(url: string) {
  const text = async (path: string) => (await fetch(`${url}${path}`)).text();
  return {
    audit: await text(`/api/public/processes/${processId}/audit.json`),
    record: await text(`/api/public/processes/${processId}/record.json`),
    log: await text(`/api/public/processes/${processId}/log.json`),
    callLog: await text(`/api/public/calls/${callId}/log.json`),
  };
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kleroterion-erase-'));
  const server = await startTestServer({ dataDir });
  try {
    const organiser = server.client();
    const setup = await setUpAdministrator(organiser, 'erasure password 1');
    const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0]!;
    const csv = `name,email,phone,age\n${people.map((p) => `${p.name},${p.email},${p.phone},41-50`).join('\n')}\n`;
    processId = await createProcessWithVolunteers(
      organiser,
      { title: 'Effacement', seats: 3, alternates: 0 },
      csv,
    );
    const tokens = await drawAndAccept(server, organiser, processId);
    const dossier = syntheticDossier(1);
    await importDossiers(organiser, processId, [dossier]);
    await deliberate({
      url: server.url,
      processId,
      cookie,
      tokens,
      confidential: false,
      dossiers: [{ id: dossier.id, grade: () => 'bien' }],
    });
    // A juror's display name in the room, private like the rest.
    const juror = connect(server.url, { transports: ['websocket'], forceNew: true });
    await ok(juror.emitWithAck('room:join', { processId, token: tokens[0]! }));
    await ok(juror.emitWithAck('juror:name', { displayName: 'Salomé-Juré-Unique' }));
    juror.disconnect();
    data(await organiser.post(`/api/processes/${processId}/results/publish`));
    callId = await openCall(organiser);
    data(
      await server.client().post(`/api/public/calls/${callId}/applications`, sampleApplication(1)),
    );
    data(
      await organiser.post(`/api/calls/${callId}/reviewers`, {
        name: 'Relectrice Effaçable',
        email: 'relectrice.effacable@administration.example',
      }),
    );
    before = await publicFiles(server.url);
    ({ processId: stageOneProcessId, recordFile: stageOneFile } = await runStageOne(
      server,
      organiser,
      cookie,
    ));
  } finally {
    await server.close();
  }
}, 60_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/**
 * A process whose stage one ran up to the pool: register imported by département, invitations drawn,
 * letters issued (e-mails queued to the invitees with an address), one invitee registered, registration
 * closed. Returns the process and its published stage-one record.
 */
async function runStageOne(server: TestServer, organiser: ApiClient, cookie: string) {
  const id = await createProcessWithVolunteers(
    organiser,
    { title: 'Étape 1 effaçable', seats: 1, alternates: 0 },
    ['Personne Provisoire,provisoire@example.org'],
  );
  data(
    await organiser.post(`/api/processes/${id}/register?stratum=departement`, REGISTER, {
      headers: { 'x-file-name': 'registre.csv' },
    }),
  );
  const path = `/api/processes/${id}/registration`;
  data(
    await organiser.post(
      `${path}/stage-one`,
      JSON.stringify(stageOneRecordOfRegister(server.db, 2)),
      { contentType: 'application/json' },
    ),
  );
  data(await organiser.put(`${path}/form`, { eligibility: 'Je réside en France', attributes: [] }));
  const letters = await fetch(`${server.url}${path}/letters`, {
    method: 'POST',
    headers: { cookie, origin: server.url, 'content-type': 'application/json' },
    body: JSON.stringify({ description: 'Une convention.', organiserName: 'Ville' }),
  });
  expect(letters.status).toBe(201);
  const [code] = pdfQrCodes(Buffer.from(await letters.arrayBuffer())).map(
    (link) => new URL(link).searchParams.get('code') as string,
  );
  data(
    await server.client().post('/api/public/registration', {
      code,
      eligible: true,
      consent: true,
      name: 'Ulrique Stade-Premier',
      email: 'ulrique.stade@personnel.example',
      attributes: {},
      language: 'fr',
    }),
  );
  data(await organiser.post(`${path}/close`));
  const recordFile = await (
    await fetch(`${server.url}/api/public/processes/${id}/stage-one.json`)
  ).text();
  return { processId: id, recordFile };
}

/** Every byte the database leaves on disk: the main file, and its WAL and shared memory if present. */
function databaseBytes(): Buffer {
  return Buffer.concat(
    readdirSync(dataDir)
      .filter((name) => name.startsWith('kleroterion.sqlite'))
      .map((name) => readFileSync(join(dataDir, name))),
  );
}

describe('npm run erase', () => {
  it('finds the personal data in the database file before erasure (the scan can see it)', () => {
    const bytes = databaseBytes();
    const found = PERSONAL.filter((text) => bytes.includes(Buffer.from(text, 'utf8')));
    expect(found.length).toBeGreaterThan(PERSONAL.length / 2);
  });

  it('refuses an unknown process', async () => {
    const unknown = await runScript('erase', ['--data', dataDir, '--process', '0000000000000000']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('PROCESS_NOT_FOUND');
  });

  it('erases every personal field, leaving no byte of it in the database files', async () => {
    const result = await runScript('erase', [
      '--data',
      dataDir,
      '--process',
      processId,
      '--call',
      callId,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /erased: 12 volunteer\(s\), 1 juror display name\(s\), 1 application contact\(s\), 1 reviewer\(s\)/,
    );
    const bytes = databaseBytes();
    const left = PERSONAL.filter((text) => bytes.includes(Buffer.from(text, 'utf8')));
    expect(left).toEqual([]);
  });

  it('leaves the public record, logs and audit bundle byte for byte, and they still verify', async () => {
    const server = await startTestServer({ dataDir });
    try {
      const after = await publicFiles(server.url);
      expect(after).toEqual(before);
      expect(verifyBundleBytes(new TextEncoder().encode(after.audit)).ok).toBe(true);
      expect(verifyRecordBytes(new TextEncoder().encode(after.record)).ok).toBe(true);
    } finally {
      await server.close();
    }
  });
});

describe('npm run erase, stage one', () => {
  it('removes the register, the registrations and the codes, and keeps the public stage-one record', async () => {
    const present = STAGE_ONE_PERSONAL.filter((text) =>
      databaseBytes().includes(Buffer.from(text, 'utf8')),
    );
    // The register's addresses and the registrant are all in the file before erasure.
    expect(present).toEqual(STAGE_ONE_PERSONAL);
    const result = await runScript('erase', [
      '--data',
      dataDir,
      '--process',
      stageOneProcessId,
      '--force',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/1 volunteer\(s\), .*, 8 register row\(s\)/);
    const bytes = databaseBytes();
    expect(STAGE_ONE_PERSONAL.filter((text) => bytes.includes(Buffer.from(text, 'utf8')))).toEqual(
      [],
    );
    const server = await startTestServer({ dataDir });
    try {
      const path = `/api/public/processes/${stageOneProcessId}/stage-one.json`;
      const after = await (await fetch(`${server.url}${path}`)).text();
      expect(after).toBe(stageOneFile);
      expect(verifyRecordBytes(new TextEncoder().encode(after)).ok).toBe(true);
      // No code is left to spend: the codes went with the rest.
      const codes = server.db
        .prepare('SELECT COUNT(*) FROM registration_codes WHERE process_id = ?')
        .pluck()
        .get(stageOneProcessId);
      expect(codes).toBe(0);
    } finally {
      await server.close();
    }
  });
});

describe('outbox erasure', () => {
  it('deletes only the mail sent to erased addresses', () => {
    const folder = join(dataDir, 'outbox-test');
    if (!existsSync(folder)) mkdirSync(folder);
    writeFileSync(
      join(folder, '1.json'),
      JSON.stringify({ to: 'A@x.org', subject: 's', text: 't' }),
    );
    writeFileSync(
      join(folder, '2.json'),
      JSON.stringify({ to: 'b@x.org', subject: 's', text: 't' }),
    );
    expect(removeOutboxMail(folder, ['a@x.org'])).toBe(1);
    expect(readdirSync(folder)).toEqual(['2.json']);
  });
});
