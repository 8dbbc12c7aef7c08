import { describe, expect, it } from 'vitest';
import drand from '../../fixtures/vectors/drand-quicknet.json';
import { bytesToHex } from '../crypto/bytes';
import { sha256HexOfText } from '../crypto/hash';
import { canonicalize } from '../crypto/jcs';
import { chainEvent, type ChainedEvent } from '../events/eventChain';
import { drawRecord } from '../lottery/drawRecord';
import { buildMerkleTree, merkleRoot } from '../lottery/merkle';
import { canonicalPool } from '../lottery/poolId';
import {
  decideAnswer,
  decideCommit,
  decideCreate,
  decideDraw,
  decideImport,
  decideInvitations,
  decideReveal,
  type Decision,
} from './processCommands';
import { DEFAULT_SETTINGS } from './processEvents';
import { foldProcess, type ProcessState } from './processState';
import { verifyPublication } from './verifyPublication';

const round = drand.rounds[0]!;
const ids = canonicalPool(
  Array.from({ length: 40 }, (_, i) => ({ id: String(i * 7 + 1000).padStart(10, '0') })),
);
const tree = buildMerkleTree(ids);

/** Runs a whole ceremony through the pure commands, as the server does, and returns the log. */
function ceremony(): { log: ChainedEvent[]; record: Uint8Array } {
  const log: ChainedEvent[] = [];
  let clock = Date.parse('2023-09-15T10:00:00Z');
  const apply = (decision: Decision) => {
    for (const event of decision.events)
      log.push(
        chainEvent(
          log[log.length - 1],
          event.type,
          new Date((clock += 1000)).toISOString(),
          event.payload,
        ),
      );
    return foldProcess(log) as ProcessState;
  };
  let state = apply(
    decideCreate('00112233aabbccdd', {
      ...DEFAULT_SETTINGS,
      title: 'Test',
      seats: 5,
      alternates: 3,
    }),
  );
  state = apply(
    decideImport(state, {
      poolSize: ids.length,
      poolRoot: bytesToHex(merkleRoot(tree)),
      attributeColumns: [],
    }),
  );
  state = apply(
    decideCommit(state, {
      organiserSecretHash: sha256HexOfText('s3cret'),
      witnesses: [],
      drandRound: round.round,
      now: new Date(clock),
      minDrandDelaySeconds: 60,
    }),
  );
  state = apply(decideReveal(state, 0, { value: 's3cret' }));
  state = apply(decideReveal(state, 1, { signature: round.signature }));
  state = apply(
    decideDraw(state, () =>
      drawRecord({
        commitment: state.commitment!.commitment,
        canonicalIds: ids,
        tree,
        values: ['s3cret', round.randomness],
        beacons: state.beacons,
      }),
    ),
  );
  state = apply(decideInvitations(state, new Date(clock + 86_400_000), new Date(clock)));
  state = apply(decideAnswer(state, 2, 'decline', new Date(clock), 86_400_000));
  return { log, record: new TextEncoder().encode(`${canonicalize(state.record)}\n`) };
}

describe('verifyPublication', () => {
  it('accepts a genuine log and record', () => {
    const { log, record } = ceremony();
    const report = verifyPublication('00112233aabbccdd', JSON.parse(JSON.stringify(log)), record);
    expect(report.checks.filter((check) => !check.ok)).toEqual([]);
    expect(report.checks.map((check) => check.name)).toEqual(
      expect.arrayContaining([
        'log-chain',
        'log-transitions',
        'log-record',
        'log-commitment',
        'seed',
        'proof-5',
      ]),
    );
  });

  it('rejects an edited log, even with recomputed hashes, when the transition is illegal', () => {
    const { log, record } = ceremony();
    // Forge: the declined seat goes to the second alternate instead of the first, with a rebuilt chain.
    const forged: ChainedEvent[] = [];
    for (const event of log) {
      const payload =
        event.type === 'seat.reassigned'
          ? { ...(event.payload as object), rank: 7 }
          : event.payload;
      forged.push(chainEvent(forged[forged.length - 1], event.type, event.at, payload));
    }
    const report = verifyPublication('00112233aabbccdd', forged, record);
    expect(report.checks.find((check) => check.name === 'log-chain')?.ok).toBe(true);
    expect(report.checks.find((check) => check.name === 'log-transitions')?.ok).toBe(false);
  });

  it('rejects a changed payload (broken hash) and a record that is not the logged one', () => {
    const { log, record } = ceremony();
    const tampered = structuredClone(log);
    (tampered[0]!.payload as { settings: { title: string } }).settings.title = 'Autre';
    expect(
      verifyPublication('00112233aabbccdd', tampered, record).checks.find(
        (c) => c.name === 'log-chain',
      )?.ok,
    ).toBe(false);
    const other = JSON.parse(new TextDecoder().decode(record));
    other.commitment.title = 'x';
    const report = verifyPublication(
      '00112233aabbccdd',
      log,
      new TextEncoder().encode(`${canonicalize(other)}\n`),
    );
    expect(report.ok).toBe(false);
    expect(report.checks.find((c) => c.name === 'log-record')?.ok).toBe(false);
  });

  it('reports junk as failed checks without throwing', () => {
    expect(verifyPublication('x', 'not a log', undefined).ok).toBe(false);
    expect(verifyPublication('x', [{ seq: 1 }], undefined).ok).toBe(false);
  });
});
