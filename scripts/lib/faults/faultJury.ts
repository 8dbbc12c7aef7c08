// Sets up, over the public HTTP API of a server process, the jury the fault run deliberates with: 15 seats
// drawn and accepted, `dossiers` dossiers imported, the organiser's session cookie for the room, and an
// open call for projects with one application (a second kind of chain to verify).

import { join } from 'node:path';
import { drawnJuryWithDossiers } from '../../../server/testing/ceremonyFixture';
import { openCall, sampleApplication } from '../../../server/testing/callFixture';
import { ApiClient, data } from '../../../server/testing/testServer';
import { readOutbox } from './outboxReader';

export interface FaultJury {
  processId: string;
  /** The organiser's session cookie (`name=value`), valid across restarts: sessions are in the database. */
  cookie: string;
  /** Each seat's invitation token, seat 1 first. */
  tokens: string[];
  dossierIds: string[];
}

/** @throws if any step of the ceremony is refused */
export async function setUpFaultJury(
  url: string,
  dataDir: string,
  dossiers: number,
): Promise<FaultJury> {
  const server = {
    client: () => new ApiClient(url),
    get outbox() {
      return readOutbox(join(dataDir, 'outbox'));
    },
  };
  const titles = Array.from({ length: dossiers }, (_, i) => `Dossier ${i + 1}`);
  const jury = await drawnJuryWithDossiers(server, {
    title: 'Jury sous pannes',
    seats: 15,
    dossierTitles: titles,
  });
  // A call for projects with one application, so that a call chain is checked after every crash too.
  const callId = await openCall(jury.organiser);
  data(
    await new ApiClient(url).post(`/api/public/calls/${callId}/applications`, sampleApplication(1)),
  );
  // syntheticDossier numbers its ids from 1, in import order.
  const dossierIds = titles.map((_, i) => `AIC-2026-${String(i + 1).padStart(3, '0')}`);
  return { processId: jury.processId, cookie: jury.cookie, tokens: jury.tokens, dossierIds };
}
