import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import drand from '../../fixtures/vectors/drand-quicknet.json';
import { DRAND_QUICKNET } from '../../shared/lottery/drand';
import { RelayBehaviour, startLocalRelay, type LocalRelay } from '../testing/localDrandRelay';
import type { BeaconSource } from '../ports';
import {
  BeaconFetchError,
  DEFAULT_DRAND_URLS,
  createHttpRelays,
  firstOf,
  parseDrandUrls,
} from './httpRelays';

const round = drand.rounds[0]!;
const relays: Record<string, LocalRelay> = {};
beforeAll(async () => {
  for (const behaviour of Object.values(RelayBehaviour))
    relays[behaviour] = await startLocalRelay(behaviour);
});
afterAll(async () => {
  for (const relay of Object.values(relays)) await relay.close();
});
const url = (behaviour: RelayBehaviour) => relays[behaviour]!.url;
const hostOf = (behaviour: RelayBehaviour) => new URL(url(behaviour)).host;

async function failuresOf(source: BeaconSource, n: number) {
  try {
    await source.fetchRound(n, new AbortController().signal);
  } catch (error) {
    expect(error).toBeInstanceOf(BeaconFetchError);
    expect((error as BeaconFetchError).code).toBe('DRAND_UNAVAILABLE');
    return error as BeaconFetchError;
  }
  throw new Error('the fetch should have failed');
}

describe('drand HTTP relays', () => {
  it('fetches a recorded round from a relay and checks it', async () => {
    const source = createHttpRelays({ urls: [url(RelayBehaviour.Recorded)] });
    expect(await source.fetchRound(round.round, new AbortController().signal)).toEqual({
      round: round.round,
      signature: round.signature,
    });
  });

  it('falls through a down, a hanging, a garbage, a wrong-round and a forged relay to a good one', async () => {
    const order = [
      RelayBehaviour.Huge,
      RelayBehaviour.ServerError,
      RelayBehaviour.Down,
      RelayBehaviour.Hang,
      RelayBehaviour.Garbage,
      RelayBehaviour.WrongRound,
      RelayBehaviour.BadSignature,
      RelayBehaviour.Recorded,
    ];
    const source = createHttpRelays({ urls: order.map(url), timeoutMs: 300 });
    const started = Date.now();
    const fetched = await source.fetchRound(round.round, new AbortController().signal);
    expect(fetched.signature).toBe(round.signature);
    // The hanging relay cost one timeout, not forever.
    expect(Date.now() - started).toBeLessThan(3000);
    expect(relays[RelayBehaviour.Hang]!.requests).toContain(round.round);
  });

  it('with only bad relays, names each one and its reason', async () => {
    const order = [
      RelayBehaviour.Down,
      RelayBehaviour.Hang,
      RelayBehaviour.Garbage,
      RelayBehaviour.WrongRound,
      RelayBehaviour.BadSignature,
      RelayBehaviour.ServerError,
      RelayBehaviour.Huge,
    ];
    const error = await failuresOf(
      createHttpRelays({ urls: order.map(url), timeoutMs: 200 }),
      round.round,
    );
    expect(error.failures.map((f) => [f.relay, f.problem])).toEqual([
      [hostOf(RelayBehaviour.Down), 'unreachable'],
      [hostOf(RelayBehaviour.Hang), 'timeout'],
      [hostOf(RelayBehaviour.Garbage), 'malformed'],
      [hostOf(RelayBehaviour.WrongRound), 'wrong-round'],
      [hostOf(RelayBehaviour.BadSignature), 'bad-signature'],
      [hostOf(RelayBehaviour.ServerError), 'http-status'],
      [hostOf(RelayBehaviour.Huge), 'malformed'],
    ]);
    expect(error.failures[5]!.detail).toBe('HTTP 503');
    expect(error.failures[6]!.detail).toBe('answer too large');
    expect(error.failures[3]!.detail).toBe(`round ${drand.rounds[1]!.round}`);
    expect(error.isNotYet).toBe(false);
    expect(error.message).toContain(`${hostOf(RelayBehaviour.Hang)}: timeout`);
  });

  it('says "not yet" when the relay does not have the round', async () => {
    const early = await startLocalRelay(RelayBehaviour.Recorded, { isAvailable: () => false });
    try {
      const error = await failuresOf(createHttpRelays({ urls: [early.url] }), round.round);
      expect(error.failures).toEqual([
        { relay: new URL(early.url).host, problem: 'not-yet', detail: 'HTTP 425' },
      ]);
      expect(error.isNotYet).toBe(true);
    } finally {
      await early.close();
    }
  });

  it('stops when the server closes', async () => {
    const controller = new AbortController();
    const source = createHttpRelays({ urls: [url(RelayBehaviour.Hang)], timeoutMs: 10_000 });
    const pending = source.fetchRound(round.round, controller.signal);
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.not.toBeInstanceOf(BeaconFetchError);
  });

  it('tries several sources in turn and pools their reasons', async () => {
    const recordedOnly: BeaconSource = {
      fetchRound: async (n) => {
        const known = drand.rounds.find((r) => r.round === n);
        if (known === undefined)
          throw new BeaconFetchError(n, [{ relay: 'recorded', problem: 'not-yet' }]);
        return known;
      },
    };
    const garbage = createHttpRelays({ urls: [url(RelayBehaviour.Garbage)] });
    const both = firstOf([recordedOnly, garbage]);
    expect((await both.fetchRound(1000, new AbortController().signal)).signature).toBe(
      drand.rounds[2]!.signature,
    );
    const error = await failuresOf(both, 5);
    expect(error.failures.map((f) => f.problem)).toEqual(['not-yet', 'malformed']);
  });

  it('reads KLEROTERION_DRAND_URLS, defaulting to the public quicknet relays', () => {
    expect(parseDrandUrls(undefined)).toEqual(DEFAULT_DRAND_URLS);
    expect(DEFAULT_DRAND_URLS).toContain(`https://api.drand.sh/${DRAND_QUICKNET.chainHash}`);
    expect(DEFAULT_DRAND_URLS).toHaveLength(4);
    expect(parseDrandUrls(' http://a.test/x/ , https://b.test/y ')).toEqual([
      'http://a.test/x',
      'https://b.test/y',
    ]);
    expect(() => parseDrandUrls('ftp://a.test')).toThrow(/not an http/);
    expect(() => parseDrandUrls('not a url')).toThrow();
  });
});
