// The served page: 404 for paths outside the client's routes and for unknown processes or calls, and the
// deployment's identity written into the HTML (escaped), with the neutral logo at its fixed URL.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessState } from '../../shared/process/processState';
import { openCall } from '../testing/callFixture';
import {
  data,
  setUpAdministrator,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../testing/testServer';
import { readServiceIdentity } from './serviceIdentity';

const TEMPLATE =
  '<!doctype html><html lang="fr"><head><title>Kleroterion — vérifier un tirage</title></head><body><div id="root"></div></body></html>';
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';

let folder: string;
let state: TestServer;
let neutral: TestServer;
let organiser: ApiClient;
let processId: string;
let callId: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'kleroterion-page-'));
  writeFileSync(join(folder, 'index.html'), TEMPLATE);
  writeFileSync(join(folder, 'logo.svg'), LOGO);
  state = await startTestServer({ clientDir: folder });
  organiser = state.client();
  expect((await setUpAdministrator(organiser, 'correct horse battery staple')).status).toBe(201);
  processId = data(
    await organiser.post<ProcessState>('/api/processes', {
      title: 'Jury',
      seats: 5,
      alternates: 1,
    }),
  ).id;
  callId = await openCall(organiser);
  neutral = await startTestServer({
    clientDir: folder,
    identity: readServiceIdentity({
      KLEROTERION_IDENTITY: 'neutral',
      KLEROTERION_SERVICE_NAME: 'Jurys de <Lyon> & "environs"',
      KLEROTERION_SERVICE_TAGLINE: 'Tirage au sort de la commune',
      KLEROTERION_LOGO: join(folder, 'logo.svg'),
    }),
  });
});
afterAll(async () => {
  await Promise.all([state.close(), neutral.close()]);
  rmSync(folder, { recursive: true, force: true });
});

const get = async (server: TestServer, path: string) => {
  const response = await fetch(`${server.url}${path}`);
  return {
    status: response.status,
    html: await response.text(),
    type: response.headers.get('content-type'),
  };
};

describe('page status', () => {
  it.each([
    ['the home page', () => '/'],
    ['a known process', () => `/p/${processId}`],
    ['its results', () => `/p/${processId}/resultats`],
    ['its room', () => `/salle/${processId}/projection`],
    ['a known call', () => `/appel/${callId}`],
    ['an invitation (its token is checked by the page)', () => '/i/whatever'],
    ['the console, below /organiser', () => '/organiser/p/x'],
    ['the accessibility statement', () => '/accessibilite'],
  ])('answers 200 for %s', async (_name, path) => {
    const { status, html } = await get(state, path());
    expect(status).toBe(200);
    expect(html).toContain('<div id="root">');
    expect(html).not.toContain('kleroterion-status');
  });

  it.each([
    ['an unknown path', '/nulle-part'],
    ['an unknown process', '/p/no-such-process'],
    ['the results of an unknown process', '/p/no-such-process/resultats'],
    ['the room of an unknown process', '/salle/no-such-process'],
    ['an unknown call', '/appel/no-such-call'],
  ])('answers 404 with the page, marked as such, for %s', async (_name, path) => {
    const { status, html } = await get(state, path);
    expect(status).toBe(404);
    expect(html).toContain('<div id="root">');
    expect(html).toContain('<meta name="kleroterion-status" content="404">');
  });
});

describe('identity', () => {
  it('marks the State identity by default, with no operator settings', async () => {
    const { html } = await get(state, '/');
    expect(html).toContain('<html data-identity="state" lang="fr">');
    expect(html).not.toContain('kleroterion-service-');
    expect(html).toContain('<title>Kleroterion — vérifier un tirage</title>');
  });

  it('writes the neutral identity, its name (escaped), tagline and logo URL', async () => {
    const { html } = await get(neutral, '/');
    expect(html).toContain('<html data-identity="neutral" lang="fr">');
    expect(html).toContain(
      '<meta name="kleroterion-service-name" content="Jurys de &lt;Lyon&gt; &amp; &quot;environs&quot;">',
    );
    expect(html).toContain('<title>Jurys de &lt;Lyon&gt; &amp; &quot;environs&quot;</title>');
    expect(html).toContain(
      '<meta name="kleroterion-service-tagline" content="Tirage au sort de la commune">',
    );
    expect(html).toContain('<meta name="kleroterion-service-logo" content="/identite/logo.svg">');
  });

  it('serves the logo at its fixed URL, sandboxed', async () => {
    const response = await fetch(`${neutral.url}/identite/logo.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    expect(await response.text()).toBe(LOGO);
    expect((await fetch(`${state.url}/identite/logo.svg`)).status).toBe(404);
  });
});
