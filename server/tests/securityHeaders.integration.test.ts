import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/testServer';

/** The header table of docs/security.md: [served on, header, value or null for "absent"]. */
function documentedHeaders(): [string, string, string | null][] {
  const doc = readFileSync(new URL('../../docs/security.md', import.meta.url), 'utf8');
  const block = /<!-- headers:start -->([\s\S]*?)<!-- headers:end -->/.exec(doc)![1]!;
  return block
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .filter((cells) => cells.length === 5 && /^`.+`$/.test(cells[2]!))
    .map(([, on, header, value]) => [
      on!,
      header!.slice(1, -1),
      value === '(absent)' ? null : value!.slice(1, -1),
    ]);
}

let server: TestServer;
let clientDir: string;
beforeAll(async () => {
  clientDir = mkdtempSync(join(tmpdir(), 'kleroterion-client-'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Kleroterion</title>');
  server = await startTestServer({ clientDir });
});
afterAll(async () => {
  await server.close();
  rmSync(clientDir, { recursive: true, force: true });
});

describe('the headers docs/security.md states are the ones served', () => {
  it('gives each response its own CSP nonce', async () => {
    const nonces = await Promise.all(
      [1, 2].map(async () => {
        const csp = (await fetch(`${server.url}/`)).headers.get('content-security-policy')!;
        return /'nonce-([^']+)'/.exec(csp)![1];
      }),
    );
    expect(nonces[0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('documents a dozen headers, among them the CSP', () => {
    const headers = documentedHeaders();
    expect(headers.length).toBeGreaterThan(10);
    expect(headers.map(([, name]) => name)).toContain('content-security-policy');
  });

  it.each([
    ['the page', '/', 'all'],
    ['an API route', '/api/public/processes', 'api'],
  ])('serves exactly the documented headers on %s', async (_name, path, scope) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(200);
    for (const [on, header, value] of documentedHeaders()) {
      if (on !== 'all' && on !== scope) continue;
      // The CSP's nonce is 128 fresh random bits per response; the table writes it as a placeholder.
      const served = response.headers
        .get(header)
        ?.replace(/'nonce-[A-Za-z0-9+/]{22}=='/, "'nonce-<per response>'");
      expect(served ?? null, header).toBe(value);
    }
  });
});
