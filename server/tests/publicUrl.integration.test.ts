import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import drand from '../../fixtures/vectors/drand-quicknet.json';
import { scratchFolder } from '../../scripts/testing/runScript';
import { createProcessWithVolunteers, numberedVolunteers } from '../testing/ceremonyFixture';
import { startServerProcess, type ServerProcess } from '../testing/serverProcess';
import { ApiClient, data, setUpAdministrator } from '../testing/testServer';

// The real entry point with PORT=0: every link it writes must name the port the system chose.
const folder = scratchFolder();
let server: ServerProcess;
let port: string;

beforeAll(async () => {
  server = await startServerProcess(folder.path('data'), { port: 0 });
  port = new URL(server.url).port;
}, 60_000);
afterAll(async () => {
  await server.stop();
  folder.dispose();
});

/** Every message the server wrote: the outbox files and the mail queue's text parts. */
function writtenMessages(dataDir: string): string[] {
  const outbox = join(dataDir, 'outbox');
  const files = existsSync(outbox)
    ? readdirSync(outbox).map((name) => readFileSync(join(outbox, name), 'utf8'))
    : [];
  const db = new Database(join(dataDir, 'kleroterion.sqlite'), { readonly: true });
  try {
    const rows = db.prepare('SELECT text_body, html_body FROM mail_queue').all() as {
      text_body: string;
      html_body: string;
    }[];
    return [...files, ...rows.flatMap((row) => [row.text_body, row.html_body])];
  } finally {
    db.close();
  }
}

const linksIn = (text: string): string[] =>
  [...text.matchAll(/https?:\/\/[^\s"'<>\\]+/g)].map((match) => match[0]);

describe('links with PORT=0', () => {
  it('announces the real port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(Number(port)).toBeGreaterThan(0);
  });

  it("puts the real port in receipts and in an invitation's links", async () => {
    const client = new ApiClient(server.url);
    data(await setUpAdministrator(client, 'link password 42'));
    const processId = await createProcessWithVolunteers(
      client,
      { title: 'Liens', seats: 2, alternates: 0 },
      numberedVolunteers(5),
    );
    const receipts = JSON.parse(
      (await client.get(`/api/processes/${processId}/receipts.json`)).text,
    ) as { receipt: { url: string } }[];
    expect(receipts).toHaveLength(5);
    for (const { receipt } of receipts) expect(receipt.url).toBe(`${server.url}/p/${processId}`);

    const round = drand.rounds[0]!;
    const { organiserSecret } = data(
      await client.post<{ organiserSecret: string }>(`/api/processes/${processId}/commit`, {
        witnesses: [],
        drandRound: round.round,
      }),
    );
    data(
      await client.post(`/api/processes/${processId}/reveal`, {
        source: 0,
        value: organiserSecret,
      }),
    );
    data(
      await client.post(`/api/processes/${processId}/reveal`, {
        source: 1,
        signature: round.signature,
      }),
    );
    data(await client.post(`/api/processes/${processId}/draw`));
    data(
      await client.post(`/api/processes/${processId}/invitations`, {
        deadline: '2023-09-20T00:00:00Z',
      }),
    );

    const messages = writtenMessages(folder.path('data'));
    const invitationLinks = messages.flatMap(linksIn).filter((link) => link.includes('/i/'));
    expect(invitationLinks.length).toBeGreaterThanOrEqual(2);
    for (const link of invitationLinks) expect(link.startsWith(`${server.url}/i/`)).toBe(true);
  });

  it("puts the real port in every link of every message, the demo call's included", () => {
    const links = writtenMessages(folder.path('data')).flatMap(linksIn);
    // The demo's 200 applicants' confirmations and decisions, its reviewers, the invitations above.
    expect(links.some((link) => link.includes('/candidature/'))).toBe(true);
    const local = links.filter((link) => link.startsWith('http://127.0.0.1'));
    expect(local.length).toBeGreaterThan(200);
    expect(local.filter((link) => !link.startsWith(`${server.url}/`))).toEqual([]);
  });
});
