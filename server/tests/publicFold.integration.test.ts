import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import drand from '../../fixtures/vectors/drand-quicknet.json';
import { chainEvent, type ChainedEvent } from '../../shared/events/eventChain';
import { isWithheld, type PublicLogEntry } from '../../shared/events/publicLogEntry';
import { foldProcess } from '../../shared/process/processState';
import {
  EMPTY_PUBLIC_LOG,
  foldPublicLog,
  type PublicLogFold,
} from '../../shared/process/publicLogFold';
import { processStage } from '../../shared/process/processStage';
import { publicView } from '../../shared/process/publicView';
import { verifyPublication } from '../../shared/process/verifyPublication';
import { ResultEventType } from '../../shared/scoring/resultEvents';
import { drawnJuryWithDossiers } from '../testing/ceremonyFixture';
import { deliberate } from '../testing/deliberationFixture';
import { data, startTestServer, type TestServer } from '../testing/testServer';

// The public page shows the server's fold of its public log (GET …/fold) and folds pushed events on top;
// "Vérifier" downloads log.json and folds it with every check. These must agree, stage by stage, and a
// log whose beacon signature was forged must fail the verification even though the page was shown.

let server: TestServer;
afterAll(() => server.close());
beforeAll(async () => {
  server = await startTestServer();
});

const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

async function served(processId: string) {
  const anyone = server.client();
  const fold = data(await anyone.get<PublicLogFold>(`/api/public/processes/${processId}/fold`));
  const logText = (await anyone.get(`/api/public/processes/${processId}/log.json`)).text;
  const log = JSON.parse(logText) as PublicLogEntry[];
  const recordAnswer = await fetch(`${server.url}/api/public/processes/${processId}/record.json`);
  const record = new Uint8Array(await recordAnswer.arrayBuffer());
  return { fold, log, record };
}

/** What the page shows of a fold: its public view and stage. */
const shown = (fold: PublicLogFold) =>
  fold.state === undefined
    ? undefined
    : { view: publicView(fold.state), stage: processStage(fold.state, fold.withheld) };

/** The served fold is log.json folded by a reader, and the click's verification passes on that log. */
async function expectAgreement(processId: string) {
  const { fold, log, record } = await served(processId);
  const readerFold = foldPublicLog(EMPTY_PUBLIC_LOG, log);
  expect(readerFold.ok).toBe(true);
  if (!readerFold.ok) return { fold, log };
  expect(fold).toEqual(roundTrip(readerFold.fold));
  expect(fold.lastSeq).toBe(log.length);
  const report = verifyPublication(processId, log, record);
  expect(report.checks.filter((check) => !check.ok)).toEqual([]);
  // Nothing withheld: the verifier's own fold (every check, BLS included) shows what the page shows.
  if (!log.some(isWithheld)) {
    const verified = foldProcess(log as ChainedEvent[]);
    expect(roundTrip(verified)).toEqual(fold.state);
    expect(roundTrip(shown({ ...fold, state: verified }))).toEqual(roundTrip(shown(fold)));
  }
  return { fold, log };
}

describe('the public page’s fold and the verification at the click', () => {
  it('agree at every stage of a confidential deliberation settled by a tie lottery; a forged beacon signature fails the verification', async () => {
    const { processId, cookie, tokens, organiser } = await drawnJuryWithDossiers(server, {
      title: 'Égalité confidentielle',
      seats: 5,
      shortlistMax: 2,
      dossierTitles: ['A', 'B', 'C'],
    });
    const drawn = await expectAgreement(processId);
    expect(shown(drawn.fold)?.stage).toBe('invitations');

    await deliberate({
      url: server.url,
      processId,
      cookie,
      tokens,
      confidential: true,
      rule: { quorum: 3 },
      dossiers: [
        { id: 'AIC-2026-001', grade: () => 'excellent' },
        { id: 'AIC-2026-002', grade: () => 'bien' },
        { id: 'AIC-2026-003', grade: () => 'bien' },
      ],
    });
    const future = drand.rounds[1]!;
    const { organiserSecret } = data(
      await organiser.post<{ organiserSecret: string }>(`/api/processes/${processId}/tie/lottery`, {
        drandRound: future.round,
      }),
    );
    const draw = await organiser.post(`/api/processes/${processId}/tie/draw`, {
      organiserSecret,
      signature: future.signature,
    });
    expect(draw.status).toBe(201);
    // Confidential: the deliberation and the lottery show as withheld entries, counted, not folded.
    const during = await expectAgreement(processId);
    expect(during.fold.withheld).toBeGreaterThan(0);
    expect(during.log.filter(isWithheld)).toHaveLength(during.fold.withheld);
    expect(shown(during.fold)?.stage).toBe('deliberation');

    expect((await organiser.post(`/api/processes/${processId}/results/publish`, {})).status).toBe(
      201,
    );
    const published = await expectAgreement(processId);
    expect(published.fold.withheld).toBe(0);
    expect(shown(published.fold)?.stage).toBe('published');
    expect(published.fold.state?.outcome.settlements.map((s) => s.method)).toEqual(['lottery']);

    // A server that forged the lottery's beacon signature (another round's, the chain rebuilt around it)
    // shows a page all the same: the verification at the click refuses it.
    const forgedLog: ChainedEvent[] = [];
    for (const entry of published.log as ChainedEvent[]) {
      const payload =
        entry.type === ResultEventType.TieLotteryDrawn
          ? {
              ...(entry.payload as { beacons: { signature: string }[] }),
              beacons: (entry.payload as { beacons: { signature: string }[] }).beacons.map(
                (beacon) => ({ ...beacon, signature: drand.rounds[0]!.signature }),
              ),
            }
          : entry.payload;
      forgedLog.push(chainEvent(forgedLog.at(-1), entry.type, entry.at, payload));
    }
    expect(forgedLog.some((entry, i) => entry.hash !== published.log[i]?.hash)).toBe(true);
    const { record } = await served(processId);
    const report = verifyPublication(processId, forgedLog, record);
    const transitions = report.checks.find((check) => check.name === 'log-transitions');
    expect(report.ok).toBe(false);
    expect(transitions?.ok).toBe(false);
    expect(transitions?.detail).toMatch(/signature does not verify for drand quicknet round/);
  });

  it('answers 404 for an unknown process', async () => {
    expect((await server.client().get('/api/public/processes/nope/fold')).status).toBe(404);
  });
});
