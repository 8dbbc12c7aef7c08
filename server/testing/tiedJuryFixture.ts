// Test helper: a public deliberation of five jurors on three dossiers that ends tied across the cut (a
// shortlist of two; one dossier graded "excellent", two graded "bien"), so the results wait for a tie
// lottery. Used by the results, tie-lottery beacon and public-fold tests.

import { drawnJuryWithDossiers } from './ceremonyFixture';
import { deliberate } from './deliberationFixture';
import type { TestServer } from './testServer';

export async function juryTiedAcrossTheCut(
  server: Pick<TestServer, 'client' | 'outbox' | 'url'>,
  title: string,
): ReturnType<typeof drawnJuryWithDossiers> {
  const jury = await drawnJuryWithDossiers(server, {
    title,
    seats: 5,
    shortlistMax: 2,
    dossierTitles: ['A', 'B', 'C'],
  });
  await deliberate({
    url: server.url,
    processId: jury.processId,
    cookie: jury.cookie,
    tokens: jury.tokens,
    confidential: false,
    rule: { quorum: 3 },
    dossiers: [
      { id: 'AIC-2026-001', grade: () => 'excellent' },
      { id: 'AIC-2026-002', grade: () => 'bien' },
      { id: 'AIC-2026-003', grade: () => 'bien' },
    ],
  });
  return jury;
}
