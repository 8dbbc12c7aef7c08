// The organiser's console follows a process by folding its pushed events onto the state with the shared
// reducer: the ceremony moves on the page without one more request to the state route, and what the page
// folded is what a fresh fetch gives.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { io as connect, type Socket } from 'socket.io-client';
import { foldPushedOntoState } from '../client/src/realtime/foldPushedEntries';
import type { ProcessState } from '../shared/process/processState';
import type { ClientToServerEvents, ServerToClientEvents } from '../shared/protocol';
import {
  createProcessWithVolunteers,
  drawAndInvite,
  numberedVolunteers,
} from '../server/testing/ceremonyFixture';
import { data, setUpAdministrator, type TestServer } from '../server/testing/testServer';
import { signedInContext, startBrowserRun } from './harness/browser';

let browser: Browser;
let close: () => Promise<void>;
let server: TestServer;
const sockets: Socket[] = [];

beforeAll(async () => {
  ({ server, browser, close } = await startBrowserRun());
});
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await close?.();
});

/** Resolves once the page's socket has asked to watch a process and been answered. */
function watchAnswered(page: Page): Promise<void> {
  return new Promise((resolve) =>
    page.on('websocket', (socket) => {
      let hasAsked = false;
      socket.on('framesent', (frame) => {
        if (String(frame.payload).includes('"process:watch"')) hasAsked = true;
      });
      // Engine.IO message 4, Socket.IO acknowledgement 3.
      socket.on('framereceived', (frame) => {
        if (hasAsked && String(frame.payload).startsWith('43')) resolve();
      });
    }),
  );
}

describe('the organiser’s console folding pushed events', () => {
  it('follows settings, commitment, reveals, draw and invitations with no further GET of the state, and shows what a fresh load shows', async () => {
    const organiser = server.client();
    const setup = await setUpAdministrator(organiser, 'fixture password 42');
    const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const settings = { title: 'Jury replié', seats: 3, alternates: 1 };
    const processId = await createProcessWithVolunteers(
      organiser,
      settings,
      numberedVolunteers(10),
    );
    const statePath = `/api/processes/${processId}`;

    // A second follower, outside the browser: the same pushes, folded by the console's own code.
    const watcher: Socket<ServerToClientEvents, ClientToServerEvents> = connect(server.url, {
      transports: ['websocket'],
      forceNew: true,
    });
    sockets.push(watcher);
    const pushes: unknown[][] = [];
    watcher.on('process:events', (payload) => {
      if (payload.processId === processId) pushes.push(payload.events);
    });
    expect((await watcher.emitWithAck('process:watch', { processId })).ok).toBe(true);
    const fetchedFirst = data(await organiser.get<ProcessState>(statePath));

    const context = await signedInContext(browser, server.url, cookie, {
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    const stateGets: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'GET' && new URL(request.url()).pathname === statePath)
        stateGets.push(request.url());
    });
    const watching = watchAnswered(page);
    await page.goto(`${server.url}/organiser/p/${processId}`);
    await page.getByRole('heading', { level: 1, name: 'Jury replié' }).waitFor();
    await watching;
    // The first load asks for the state once.
    expect(stateGets).toHaveLength(1);

    const criteria = [{ id: 'utilite', label: 'Utilité' }];
    const renamed = { ...settings, criteria, shortlistMax: 3, title: 'Jury replié, renommé' };
    data(await organiser.put(`${statePath}/settings`, renamed));
    await page.getByRole('heading', { level: 1, name: 'Jury replié, renommé' }).waitFor();
    await drawAndInvite(server, organiser, processId);
    const steps = page.getByTestId('ceremony-steps');
    await steps.getByText('Invitations envoyées (étape actuelle)').waitFor();

    // Every step reached the page through its push: not one more request for the state.
    expect(stateGets).toHaveLength(1);

    // The pushes folded onto the state fetched first give the state fetched now.
    const fetchedNow = data(await organiser.get<ProcessState>(statePath));
    await expect.poll(() => pushes.flat().length).toBe(fetchedNow.lastSeq - fetchedFirst.lastSeq);
    let folded = fetchedFirst;
    for (const push of pushes) {
      const step = foldPushedOntoState(folded, push);
      if (!step.ok) throw new Error(`the push did not fold: ${step.reason}`);
      folded = step.state;
    }
    expect(folded).toEqual(fetchedNow);

    // The page's folded account of the ceremony is the one a fresh load shows.
    const shown = async () => ({
      title: await page.getByRole('heading', { level: 1 }).textContent(),
      steps: await steps.innerText(),
      sections: await page.locator('.process-content').locator('h2').allTextContents(),
    });
    const beforeReload = await shown();
    await page.reload();
    await steps.getByText('Invitations envoyées (étape actuelle)').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await shown()).toEqual(beforeReload);
    expect(stateGets).toHaveLength(2);
    await context.close();
  });
});
