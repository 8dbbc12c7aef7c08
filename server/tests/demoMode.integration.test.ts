import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChainedEvent } from '../../shared/events/eventChain';
import { quicknetRoundTime } from '../../shared/lottery/drand';
import { verifyRecord } from '../../shared/lottery/verifyRecord';
import type { ProcessState } from '../../shared/process/processState';
import type { SeededDemo } from '../demo/seedDemoCommitment';
import { seedTestDemo } from '../testing/demoCommitmentFixture';
import {
  data,
  startTestServer,
  type ApiClient,
  type TestServer,
  setUpAdministrator,
} from '../testing/testServer';

const NOW = '2026-12-04T10:00:00.000Z';

let server: TestServer;
let organiser: ApiClient;
let dataDir: string;
let demo: SeededDemo;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kleroterion-demo-'));
  server = await startTestServer({ clockStart: NOW, dataDir });
  const seeded = seedTestDemo(server, dataDir);
  if (seeded === undefined) throw new Error('the demo was not seeded');
  demo = seeded;
  organiser = server.client();
  data(await setUpAdministrator(organiser, 'mot de passe très long'));
});

afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const publicLog = async (id: string) =>
  JSON.parse(
    (await server.client().get(`/api/public/processes/${id}/log.json`)).text,
  ) as ChainedEvent[];

describe('the offline demonstration', () => {
  it('is committed, before the latest recorded round, by at least the minimum delay; the clock is back', async () => {
    expect(demo.drandRound).toBe(32281667);
    expect(server.clock.now().toISOString()).toBe(NOW);
    const log = await publicLog(demo.processId);
    expect(log.map((e) => e.type)).toEqual([
      'process.created',
      'pool.imported',
      'dossiers.imported',
      'draw.committed',
    ]);
    const committed = log[3] as ChainedEvent;
    const roundTime = quicknetRoundTime(demo.drandRound) * 1000;
    expect(Date.parse(committed.at)).toBeLessThanOrEqual(roundTime - 60_000);
    expect(Date.parse(committed.at)).toBeLessThan(Date.parse(NOW));
    const view = data<{ demo?: boolean; commitment: { commitment: { sources: unknown[] } } }>(
      await server.client().get(`/api/public/processes/${demo.processId}`),
    );
    expect(view.demo).toBe(true);
    expect(JSON.stringify(view.commitment.commitment.sources)).toContain(
      `"round":${demo.drandRound}`,
    );
  });

  it('keeps the organiser secret in the data folder, as the download would be, readable by its owner only', () => {
    expect(demo.secretFile).toBe(join(dataDir, `secret-organisateur-${demo.processId}.json`));
    expect(statSync(demo.secretFile).mode & 0o077).toBe(0);
    const file = JSON.parse(readFileSync(demo.secretFile, 'utf8')) as {
      label: string;
      value: string;
    };
    expect(file.label).toBe('organiser secret');
    expect(file.value).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is not seeded again on a database that already has processes', () => {
    expect(seedTestDemo(server, dataDir, false)).toBeUndefined();
    expect(server.app.ceremony.list()).toHaveLength(1);
  });

  it('reveals the recorded round and the secret, draws, and opens each seat as its juror; the record verifies', async () => {
    const id = demo.processId;
    expect(data(await organiser.get(`/api/processes/${id}/demo`))).toEqual({
      demo: true,
      drandRound: demo.drandRound,
      secretFile: demo.secretFile,
      secretKept: true,
    });
    // The organiser only: the demo's status, its recorded round and its seats are not public actions.
    expect((await server.client().get(`/api/processes/${id}/demo`)).status).toBe(401);
    expect((await server.client().post(`/api/processes/${id}/demo/beacon`, {})).status).toBe(401);

    const revealed = data<ProcessState>(
      await organiser.post(`/api/processes/${id}/demo/beacon`, {}),
    );
    const beaconIndex = revealed.commitment!.commitment.sources.findIndex(
      (s) => s.beacon !== undefined,
    );
    expect(revealed.revealed[beaconIndex]).toBe(true);
    // The same path as a pasted signature: a second reveal is refused as it would be.
    expect((await organiser.post(`/api/processes/${id}/demo/beacon`, {})).body).toMatchObject({
      ok: false,
    });
    // "Révéler le secret de démonstration": the organiser only, then the kept secret through the ordinary reveal.
    expect((await server.client().post(`/api/processes/${id}/demo/secret`, {})).status).toBe(401);
    const secretIndex = revealed.commitment!.commitment.sources.findIndex(
      (s) => s.label === 'organiser secret',
    );
    const oneClick = data<ProcessState>(
      await organiser.post(`/api/processes/${id}/demo/secret`, {}),
    );
    expect(oneClick.revealed[secretIndex]).toBe(true);
    expect(oneClick.status).toBe('revealed');
    // The very event a value loaded from the secret file gives: the file's value, at the same source.
    const secret = (JSON.parse(readFileSync(demo.secretFile, 'utf8')) as { value: string }).value;
    const last = (await publicLog(id)).at(-1)!;
    expect({ type: last.type, payload: last.payload }).toEqual({
      type: 'draw.valueRevealed',
      payload: { source: secretIndex, value: secret },
    });
    // Like a second loaded file, a second click is refused, and the log does not move.
    const twice = await organiser.post(`/api/processes/${id}/demo/secret`, {});
    expect(twice.body).toMatchObject({ ok: false });
    expect((await publicLog(id)).at(-1)!.seq).toBe(last.seq);
    const drawn = data<ProcessState>(await organiser.post(`/api/processes/${id}/draw`, {}));
    expect(drawn.status).toBe('drawn');
    const record = JSON.parse(
      (await server.client().get(`/api/public/processes/${id}/record.json`)).text,
    ) as unknown;
    const report = verifyRecord(record);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.checks.map((c) => c.name)).toContain(`beacon-timing-${beaconIndex}`);

    // Before the invitations, no seat has a juror to open.
    expect((await organiser.post(`/api/processes/${id}/demo/seats/1/open`, {})).body).toMatchObject(
      {
        ok: false,
        error: { code: 'TRANSITION_REFUSED' },
      },
    );
    const deadline = new Date(Date.parse(NOW) + 7 * 86400_000).toISOString();
    data(await organiser.post(`/api/processes/${id}/invitations`, { deadline }));
    const opened = data<{ seat: number; url: string }>(
      await organiser.post(`/api/processes/${id}/demo/seats/3/open`, {}),
    );
    expect(opened.seat).toBe(3);
    expect(opened.url).toMatch(/^\/i\/[A-Za-z0-9_-]{43}$/);
    const juror = server.client();
    const token = opened.url.slice(3);
    expect(data(await juror.get(`/api/invitations/${token}`))).toMatchObject({
      processId: id,
      seat: 3,
      status: 'invited',
    });
    const answered = await juror.post(`/api/invitations/${token}/answer`, { answer: 'accept' });
    expect(data(answered)).toMatchObject({ seat: 3, status: 'accepted' });
    expect(answered.headers.get('set-cookie')).toMatch(/^kl_juror_/);
    // Reopened after accepting, the seat opens again (the same juror's session).
    const again = data<{ url: string }>(
      await organiser.post(`/api/processes/${id}/demo/seats/3/open`, {}),
    );
    expect(
      data(await server.client().post(`/api/invitations/${again.url.slice(3)}/session`, {})),
    ).toMatchObject({ seat: 3 });
    expect((await organiser.post(`/api/processes/${id}/demo/seats/99/open`, {})).status).toBe(409);
    expect((await organiser.post(`/api/processes/${id}/demo/seats/zero/open`, {})).status).toBe(
      422,
    );
  });

  it('never offers its actions on a process that is not a demonstration', async () => {
    const id = data<ProcessState>(
      await organiser.post('/api/processes', { title: 'Vrai jury' }),
    ).id;
    const csv = `name,email\n${Array.from({ length: 20 }, (_, i) => `P ${i},p${i}@example.org`).join('\n')}\n`;
    data(await organiser.post(`/api/processes/${id}/volunteers`, csv));
    data(
      await organiser.post(`/api/processes/${id}/commit`, {
        witnesses: [],
        drandDelaySeconds: 60,
      }),
    );
    expect(data(await organiser.get(`/api/processes/${id}/demo`))).toEqual({ demo: false });
    const view = data<Record<string, unknown>>(
      await server.client().get(`/api/public/processes/${id}`),
    );
    expect('demo' in view).toBe(false);
    const before = await publicLog(id);
    for (const path of [
      `/api/processes/${id}/demo/beacon`,
      `/api/processes/${id}/demo/secret`,
      `/api/processes/${id}/demo/seats/1/open`,
    ]) {
      const refused = await organiser.post(path, {});
      expect(refused.status).toBe(404);
      expect(refused.body).toMatchObject({ ok: false, error: { code: 'DEMO_ONLY' } });
    }
    expect(await publicLog(id)).toEqual(before);
  });
});

describe('the offline demonstration, with the secret file instead of the one-click reveal', () => {
  it('reveals the file’s value through the ordinary reveal: the same event as the one click', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kleroterion-demo-file-'));
    const other = await startTestServer({ clockStart: NOW, dataDir: folder });
    try {
      const seeded = seedTestDemo(other, folder, false);
      if (seeded === undefined) throw new Error('the demo was not seeded');
      const client = other.client();
      data(await setUpAdministrator(client, 'mot de passe très long'));
      const id = seeded.processId;
      const file = JSON.parse(readFileSync(seeded.secretFile, 'utf8')) as { value: string };
      const state = data<ProcessState>(
        await client.post(`/api/processes/${id}/reveal`, { source: 0, value: file.value }),
      );
      expect(state.commitment!.commitment.sources[0]!.label).toBe('organiser secret');
      expect(state.revealed[0]).toBe(true);
      const log = JSON.parse(
        (await other.client().get(`/api/public/processes/${id}/log.json`)).text,
      ) as ChainedEvent[];
      const last = log.at(-1)!;
      expect({ type: last.type, payload: last.payload }).toEqual({
        type: 'draw.valueRevealed',
        payload: { source: 0, value: file.value },
      });
      // Once the file revealed it, the one click is refused like a second file would be.
      expect((await client.post(`/api/processes/${id}/demo/secret`, {})).body).toMatchObject({
        ok: false,
      });

      // A demo row written before the server kept the secret (organiser_secret NULL): the console is told,
      // and the one click is refused with nothing logged; the file remains the way.
      const older = data<ProcessState>(
        await client.post('/api/processes', { title: 'Démo plus ancienne' }),
      ).id;
      const csv = `name,email\n${Array.from({ length: 20 }, (_, i) => `P ${i},p${i}@example.org`).join('\n')}\n`;
      data(await client.post(`/api/processes/${older}/volunteers`, csv));
      data(
        await client.post(`/api/processes/${older}/commit`, {
          witnesses: [],
          drandDelaySeconds: 60,
        }),
      );
      other.app.demoProcesses.mark({
        processId: older,
        drandRound: seeded.drandRound,
        secretFile: join(folder, 'ancien.json'),
      });
      expect(data(await client.get(`/api/processes/${older}/demo`))).toMatchObject({
        demo: true,
        secretKept: false,
      });
      const logBefore = (await other.client().get(`/api/public/processes/${older}/log.json`)).text;
      const refused = await client.post(`/api/processes/${older}/demo/secret`, {});
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ ok: false, error: { code: 'TRANSITION_REFUSED' } });
      expect((await other.client().get(`/api/public/processes/${older}/log.json`)).text).toBe(
        logBefore,
      );
    } finally {
      await other.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
