// Test helper: the demonstration process taken to published results over the real HTTP API and sockets,
// for the browser tests of the results pages.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seedDemo } from '../demo/seedDemo';
import { drawAndAccept } from './ceremonyFixture';
import { deliberate } from './deliberationFixture';
import { setUpAdministrator, data, type TestServer } from './testServer';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The demo cohort's dossiers, in the order of fixtures/demo/dossiers.json. */
export const demoDossiers = (
  JSON.parse(readFileSync(`${root}fixtures/demo/dossiers.json`, 'utf8')) as {
    dossiers: { id: string; title: string }[];
  }
).dossiers;

/**
 * Seeds the demo process (2,000 fictional volunteers and the 40 admissible dossiers of the cohort), sets
 * the organiser's password, draws, has every juror accept, deliberates in public on the first two
 * dossiers and publishes the results. On the first, ten jurors say "très bien" and five "bien" (majority
 * grade "très bien"); on the second, seven say "bien" and eight "assez bien" (majority grade "assez
 * bien", under the floor). `server`'s clock must precede drand round 657413. Returns the process id and
 * each seat's invitation token.
 */
export async function publishedDemoResults(
  server: TestServer,
): Promise<{ processId: string; tokens: string[] }> {
  const processId = seedDemo(
    server.app.ceremony,
    `${root}fixtures/demo/volunteers.csv`,
    `${root}fixtures/demo/dossiers.json`,
  ) as string;
  const organiser = server.client();
  const setup = await setUpAdministrator(organiser, 'mot de passe très long');
  const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const tokens = await drawAndAccept(server, organiser, processId);
  const [first, second] = demoDossiers as [(typeof demoDossiers)[0], (typeof demoDossiers)[0]];
  await deliberate({
    url: server.url,
    processId,
    cookie,
    tokens,
    // Public: the results page can be read before publication too.
    confidential: false,
    dossiers: [
      { id: first.id, grade: (seat) => (seat <= 10 ? 'tres-bien' : 'bien') },
      { id: second.id, grade: (seat) => (seat <= 7 ? 'bien' : 'assez-bien') },
    ],
  });
  data(await organiser.post(`/api/processes/${processId}/results/publish`, {}));
  return { processId, tokens };
}
