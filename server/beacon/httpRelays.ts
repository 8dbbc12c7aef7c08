// A BeaconSource over drand's HTTP relays (API v1: GET {base}/public/{round} → { round, randomness, signature }).
// Relays are tried in turn; each answer is checked offline (right round, BLS signature) before it is trusted.

import { z } from 'zod';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { DRAND_QUICKNET, verifyQuicknetRound } from '../../shared/lottery/drand';
import type { BeaconRound, BeaconSource } from '../ports';
import { RelayProblem, type RelayFailure } from '../../shared/lottery/beaconFetchStatus';

export { RelayProblem, type RelayFailure };

/** The public quicknet relays of the League of Entropy (drand's documentation, "HTTP API"). */
export const DEFAULT_DRAND_URLS: readonly string[] = [
  'https://api.drand.sh',
  'https://api2.drand.sh',
  'https://api3.drand.sh',
  'https://drand.cloudflare.com',
].map((base) => `${base}/${DRAND_QUICKNET.chainHash}`);

const RelayAnswer = z.looseObject({
  round: z.number().int().min(1),
  signature: z.string().regex(/^[0-9a-fA-F]{96}$/),
});

/** Parses KLEROTERION_DRAND_URLS: comma-separated http(s) base URLs, each with the chain hash path. */
export function parseDrandUrls(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return [...DEFAULT_DRAND_URLS];
  return value
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url !== '')
    .map((url) => {
      const parsed = new URL(url);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        throw new Error(`KLEROTERION_DRAND_URLS: not an http(s) URL: ${url}`);
      return url.replace(/\/+$/, '');
    });
}

/** The error a source gives when no relay produced a valid round: each relay's reason in details. */
export class BeaconFetchError extends KleroterionError {
  constructor(
    readonly round: number,
    readonly failures: RelayFailure[],
  ) {
    super(
      ErrorCode.DrandUnavailable,
      `drand round ${round} could not be fetched: ${failures
        .map((f) => `${f.relay}: ${f.problem}${f.detail === undefined ? '' : ` (${f.detail})`}`)
        .join('; ')}`,
    );
  }

  /** True when every relay merely lacks the round so far: retrying later is expected to work. */
  get isNotYet(): boolean {
    return (
      this.failures.length > 0 && this.failures.every((f) => f.problem === RelayProblem.NotYet)
    );
  }
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** A relay's answer is a few hundred bytes; anything much larger is garbage, not a round. */
const MAX_ANSWER_BYTES = 64 * 1024;

/** The body as text, or undefined when it passes MAX_ANSWER_BYTES (then reading stops: nothing huge is held). */
async function cappedText(response: Response): Promise<string | undefined> {
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > MAX_ANSWER_BYTES) {
      await reader.cancel();
      return undefined;
    }
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Fetches one relay's answer and checks it; throws a RelayFailure. */
async function fetchFromRelay(
  base: string,
  round: number,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<BeaconRound> {
  const relay = hostOf(base);
  const fail = (problem: RelayProblem, detail?: string): never => {
    throw { relay, problem, ...(detail === undefined ? {} : { detail }) } satisfies RelayFailure;
  };
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = AbortSignal.any([signal, timeout]);
  let text: string | undefined;
  try {
    const response = await fetch(`${base}/public/${round}`, {
      signal: combined,
      headers: { accept: 'application/json' },
    });
    if (!response.ok) {
      await response.body?.cancel();
      return fail(
        response.status === 404 || response.status === 425
          ? RelayProblem.NotYet
          : RelayProblem.HttpStatus,
        `HTTP ${response.status}`,
      );
    }
    text = await cappedText(response);
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'problem' in error) throw error;
    if (signal.aborted) throw error;
    if (timeout.aborted) return fail(RelayProblem.Timeout, `${timeoutMs} ms`);
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return fail(RelayProblem.Unreachable, cause);
  }
  if (text === undefined) return fail(RelayProblem.Malformed, 'answer too large');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(RelayProblem.Malformed, 'not JSON');
  }
  const parsed = RelayAnswer.safeParse(json);
  if (!parsed.success) return fail(RelayProblem.Malformed, 'unexpected JSON');
  if (parsed.data.round !== round)
    return fail(RelayProblem.WrongRound, `round ${parsed.data.round}`);
  const signature = parsed.data.signature.toLowerCase();
  if (!verifyQuicknetRound(round, signature)) return fail(RelayProblem.BadSignature);
  return { round, signature };
}

export interface HttpRelaysOptions {
  urls: readonly string[];
  /** How long one relay may take before the next is tried (default 5 s). */
  timeoutMs?: number;
}

/**
 * Tries each relay in turn and returns the first round whose signature verifies offline.
 * @throws {BeaconFetchError} DRAND_UNAVAILABLE listing each relay's reason, when none gave a valid round.
 */
export function createHttpRelays(options: HttpRelaysOptions): BeaconSource {
  const timeoutMs = options.timeoutMs ?? 5000;
  return {
    async fetchRound(round, signal) {
      const failures: RelayFailure[] = [];
      for (const base of options.urls) {
        if (signal.aborted) break;
        try {
          return await fetchFromRelay(base, round, timeoutMs, signal);
        } catch (error) {
          if (typeof error === 'object' && error !== null && 'problem' in error)
            failures.push(error as RelayFailure);
          else if (!signal.aborted) throw error;
        }
      }
      signal.throwIfAborted();
      throw new BeaconFetchError(round, failures);
    },
  };
}

/**
 * The first source that gives the round (e.g. a recorded round for the demo, then the relays); the error
 * lists every source's failures together.
 */
export function firstOf(sources: readonly BeaconSource[]): BeaconSource {
  return {
    async fetchRound(round, signal) {
      const failures: RelayFailure[] = [];
      for (const source of sources) {
        try {
          return await source.fetchRound(round, signal);
        } catch (error) {
          signal.throwIfAborted();
          if (error instanceof BeaconFetchError) failures.push(...error.failures);
          else
            failures.push({
              relay: 'source',
              problem: RelayProblem.Unreachable,
              detail: error instanceof Error ? error.message.slice(0, 200) : String(error),
            });
        }
      }
      throw new BeaconFetchError(round, failures);
    },
  };
}
