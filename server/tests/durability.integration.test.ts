import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyChain, type ChainedEvent } from '../../shared/events/eventChain';
import type { ProcessState } from '../../shared/process/processState';
import { scratchFolder } from '../../scripts/testing/runScript';
import { setUpAdministrator, signIn, ApiClient, data } from '../testing/testServer';
import { startServerProcess, type ServerProcess } from '../testing/serverProcess';

const folder = scratchFolder();
afterAll(() => folder.dispose());
const volunteers = readFileSync(new URL('../../fixtures/demo/volunteers.csv', import.meta.url));

/** The real entry point in its own process (see server/testing/serverProcess.ts). */
const startServer = (dataDir: string) => startServerProcess(dataDir);
const kill9 = (server: ServerProcess) => server.kill9();

describe('durability: an acknowledged action survives kill -9', () => {
  it('keeps every acknowledged action across three crashes, and the chain verifies after each restart', async () => {
    const dataDir = folder.path('data');
    let server = await startServer(dataDir);
    let url = server.url;
    let client = new ApiClient(url);
    data(await setUpAdministrator(client, 'durable password 42'));
    const demo = data(await client.get<{ id: string }[]>('/api/public/processes'))[0]!.id;

    // 1. create a process, then crash right after the acknowledgement
    const created = data(await client.post<ProcessState>('/api/processes', { title: 'Survivant' }));
    await kill9(server);
    server = await startServer(dataDir);
    url = server.url;
    client = new ApiClient(url);
    data(await signIn(client, 'durable password 42'));
    expect(
      data(await client.get<ProcessState>(`/api/processes/${created.id}`)).settings.title,
    ).toBe('Survivant');

    // 2. import 2,000 volunteers, crash
    const imported = data(
      await client.post<ProcessState>(`/api/processes/${created.id}/volunteers`, volunteers),
    );
    await kill9(server);
    server = await startServer(dataDir);
    url = server.url;
    client = new ApiClient(url);
    data(await signIn(client, 'durable password 42'));
    expect(data(await client.get<ProcessState>(`/api/processes/${created.id}`)).pool).toEqual(
      imported.pool,
    );
    const receipts = JSON.parse(
      (await client.get(`/api/processes/${created.id}/receipts.json`)).text,
    ) as unknown[];
    expect(receipts).toHaveLength(2000);

    // 3. commit, crash: the commitment and its hash are back, unchanged
    const committed = data(
      await client.post<{ state: ProcessState }>(`/api/processes/${created.id}/commit`, {
        witnesses: [],
        drandRound: 657413,
      }),
    );
    await kill9(server);
    server = await startServer(dataDir);
    url = server.url;
    client = new ApiClient(url);
    const after = data(
      await client.get<{ status: string; commitment: { commitmentHash: string } }>(
        `/api/public/processes/${created.id}`,
      ),
    );
    expect(after.status).toBe('committed');
    expect(after.commitment.commitmentHash).toBe(committed.state.commitment?.commitmentHash);

    for (const id of [created.id, demo]) {
      const log = JSON.parse(
        (await client.get(`/api/public/processes/${id}/log.json`)).text,
      ) as ChainedEvent[];
      expect(verifyChain(log)).toMatchObject({ ok: true });
    }
    // The restarted server did not seed a second demo process.
    expect(data(await client.get<unknown[]>('/api/public/processes'))).toHaveLength(2);
    await kill9(server);
    // Four starts of the real server in its own process: longer than the default on a loaded machine.
  }, 180_000);
});
