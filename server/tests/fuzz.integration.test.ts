import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTP_ACCESS, SOCKET_ACCESS } from '../testing/contract/accessTable';
import { checkLeaks, fuzzInputs, runFuzzCampaign } from '../testing/fuzz/fuzzCampaign';
import { createFuzzWorld, type FuzzWorld } from '../testing/fuzz/fuzzWorld';
import { HTTP_CATEGORIES } from '../testing/fuzz/httpInputs';
import { SOCKET_CATEGORIES } from '../testing/fuzz/socketInputs';

// The CI budget; `npm run test:fuzz` runs 10,000 inputs (and any --seed).
const SEED = 20_261_123;
const RUNS = 1_500;

let world: FuzzWorld;
beforeAll(async () => {
  world = await createFuzzWorld();
});
afterAll(() => world.close());

describe('hostile input fuzzing against a real server', () => {
  it('answers every hostile request and message with a typed result, changing nothing on a rejection and leaking nothing', async () => {
    const report = await runFuzzCampaign(world, SEED, RUNS);
    expect(report.violations).toEqual([]);
    const sent = Object.values(report.byCategory).reduce((sum, tally) => sum + tally.sent, 0);
    expect(sent).toBe(RUNS);
    // Most inputs must be refused, with codes from shared/errors.ts.
    const rejected = Object.values(report.byCategory).reduce((sum, t) => sum + t.rejected, 0);
    expect(rejected).toBeGreaterThan(RUNS / 2);
    for (const code of ['UNAUTHENTICATED', 'TOKEN_INVALID', 'FORBIDDEN', 'VALIDATION_FAILED'])
      expect(report.byCode[code], code).toBeGreaterThan(0);
    // Requests generated from the contract's schemas reach the handlers: some are accepted, some refused.
    const fromSchemas = report.byCategory['http contract-schema']!;
    expect(fromSchemas.accepted).toBeGreaterThan(0);
    expect(fromSchemas.rejected).toBeGreaterThan(0);
  });

  it('keeps the world usable: the juror still has a seat and the organiser a session', async () => {
    const view = await world.callers.juror.socket.emitWithAck('room:join', {
      processId: world.processId,
      token: world.callers.juror.token!,
    });
    expect(view).toMatchObject({ ok: true, data: { role: { kind: 'juror', seat: 1 } } });
    const session = await fetch(`${world.server.url}/api/processes/${world.processId}`, {
      headers: { cookie: world.callers.organiser.cookie! },
    });
    expect(session.status).toBe(200);
  });
});

describe('the oracles can fail', () => {
  it('see personal data in an answer shown to the wrong caller, and not to its owner', async () => {
    const receipts = await (
      await fetch(`${world.server.url}/api/processes/${world.processId}/receipts.json`, {
        headers: { cookie: world.callers.organiser.cookie! },
      })
    ).text();
    expect(checkLeaks(world, 'juror', receipts, 'test').length).toBeGreaterThan(0);
    const own = world.callers.applicant.token!;
    expect(checkLeaks(world, 'applicant', own, 'test')).toEqual([]);
    expect(checkLeaks(world, 'reviewer', own, 'test')).toHaveLength(1);
  });

  it('see a change of state in any table', async () => {
    const before = world.snapshot();
    const answer = await fetch(`${world.server.url}/api/processes`, {
      method: 'POST',
      headers: {
        cookie: world.callers.organiser.cookie!,
        origin: world.server.url,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ title: 'Snapshot check' }),
    });
    expect(answer.status).toBe(201);
    expect(world.snapshot()).not.toBe(before);
  });
});

describe('the generators cover the whole contract', () => {
  const inputs = fuzzInputs(SEED, 10_000);

  it('send every HTTP route, every socket event and every category', () => {
    const routes = new Set(inputs.flatMap((i) => (i.kind === 'http' ? [i.route] : [])));
    expect([...routes].sort()).toEqual(Object.keys(HTTP_ACCESS).sort());
    const events = new Set(inputs.flatMap((i) => (i.kind === 'socket' ? [i.event] : [])));
    expect([...events].sort()).toEqual([...Object.keys(SOCKET_ACCESS), 'unknown'].sort());
    const categories = new Set(inputs.map((i) => `${i.kind} ${i.category}`));
    expect(categories.size).toBe(HTTP_CATEGORIES.length + SOCKET_CATEGORIES.length);
  });

  it('are reproducible from the seed', () => {
    expect(fuzzInputs(SEED, 50)).toEqual(inputs.slice(0, 50));
    expect(fuzzInputs(SEED + 1, 50)).not.toEqual(inputs.slice(0, 50));
  });
});
