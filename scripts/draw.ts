// `npm run -s draw -- <command>`: runs kleroterion-draw/1 ceremonies from the command line.
// Commands: record (one-shot, public values), commit, reveal, witness. See README and docs/lottery-spec.md.

import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { bytesToHex } from '../shared/crypto/bytes';
import { sha256HexOfText } from '../shared/crypto/hash';
import { ErrorCode, KleroterionError } from '../shared/errors';
import { drawRecord } from '../shared/lottery/drawRecord';
import { merkleRoot } from '../shared/lottery/merkle';
import { Commitment, DRAW_PROTOCOL } from '../shared/lottery/protocol';
import { loadPool } from './lib/poolLoader';
import { UsageError, runSubcommands } from './lib/cliRunner';
import {
  COMMIT_STEP_OPTIONS,
  REVEAL_STEP_OPTIONS,
  checkedCommitment,
  commitStep,
  revealStep,
  writeCanonical,
} from './lib/drawPipeline';
import { integerOption, labelled } from './lib/sources';

const HELP = `Usage:
  draw record  --pool POOL --seats S [--alternates A] --source LABEL=VALUE [--source ...] [--title T] [--out FILE]
      One-shot draw whose sources are all public values announced in advance. Prints the record.
  draw commit  --pool POOL --seats S [--alternates A] [--title T]
               [--organiser-secret FILE] [--witness LABEL=SHA256HEX] [--optional-witness LABEL=SHA256HEX]
               [--drand-round R | --drand-delay SECONDS] [--public LABEL] [--committed-at ISO] [--out FILE]
      Step 1: publish this commitment before any randomness exists. --organiser-secret generates a
      256-bit secret, writes it to FILE (never overwritten, mode 600) and commits to its hash.
      The drand round must come after committedAt (now, unless --committed-at records an earlier
      publication time); --drand-delay picks the first round at least SECONDS after it.
  draw reveal  --commitment FILE --pool POOL [--secrets FILE ...] [--value LABEL=VALUE ...]
               [--drand FILE | --beacon LABEL=SIGNATURE ...] [--out FILE]
      Step 2: once every value is known, compute the record. --drand takes drand's JSON for the round.
  draw witness
      Prints a fresh secret and its commitment, for a witness to publish before the draw.

POOL is a text file (one id per line) or a .csv file with an "id" column.
Records and commitments are written in canonical JSON (RFC 8785); pipe through "jq ." to read them.`;

const counts = (values: Record<string, unknown>) => ({
  seats: integerOption(values['seats'], 'seats', 1),
  alternates:
    values['alternates'] === undefined ? 0 : integerOption(values['alternates'], 'alternates', 0),
});

async function loadCheckedPool(path: unknown, seats: number) {
  if (typeof path !== 'string') throw new UsageError('--pool is required');
  const { ids, tree } = await loadPool(path);
  if (seats > ids.length) {
    throw new KleroterionError(
      ErrorCode.SeatsExceedPool,
      `${path}: --seats ${seats} exceeds the pool's ${ids.length} ids`,
      { file: path, field: 'seats' },
    );
  }
  return { ids, tree };
}

async function recordCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      pool: { type: 'string' },
      seats: { type: 'string' },
      alternates: { type: 'string' },
      source: { type: 'string', multiple: true },
      title: { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
  });
  const { seats, alternates } = counts(values);
  const sources = (values.source ?? []).map((raw) => labelled(raw, 'source'));
  if (sources.length === 0) throw new UsageError('at least one --source LABEL=VALUE is required');
  const { ids, tree } = await loadCheckedPool(values.pool, seats);
  const commitment = checkedCommitment(Commitment, {
    protocol: DRAW_PROTOCOL,
    ...(values.title === undefined ? {} : { title: values.title }),
    poolRoot: bytesToHex(merkleRoot(tree)),
    poolSize: ids.length,
    seats,
    alternates,
    sources: sources.map(([label]) => ({ label })),
  });
  const record = drawRecord({
    commitment,
    canonicalIds: ids,
    tree,
    values: sources.map(([, value]) => value),
    beacons: [],
  });
  writeCanonical(values.out, record);
  return 0;
}

async function commitCommand(args: string[], now: Date): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      pool: { type: 'string' },
      seats: { type: 'string' },
      alternates: { type: 'string' },
      title: { type: 'string' },
      ...COMMIT_STEP_OPTIONS,
    },
    strict: true,
  });
  const { seats, alternates } = counts(values);
  await commitStep(values, now, async ({ committedAt, sources }) => {
    const { ids, tree } = await loadCheckedPool(values.pool, seats);
    return checkedCommitment(Commitment, {
      protocol: DRAW_PROTOCOL,
      ...(values.title === undefined ? {} : { title: values.title }),
      committedAt,
      poolRoot: bytesToHex(merkleRoot(tree)),
      poolSize: ids.length,
      seats,
      alternates,
      sources,
    });
  });
  return 0;
}

async function revealCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { pool: { type: 'string' }, ...REVEAL_STEP_OPTIONS },
    strict: true,
  });
  await revealStep(
    values,
    Commitment,
    (commitment) => loadCheckedPool(values.pool, commitment.seats),
    // The record embeds the commitment as published, not as parsed.
    ({ raw, inputs, values: revealed, beacons }) =>
      drawRecord({
        commitment: raw,
        canonicalIds: inputs.ids,
        tree: inputs.tree,
        values: revealed,
        beacons,
      }),
  );
  return 0;
}

function witnessCommand(args: string[]): number {
  parseArgs({ args, options: {}, strict: true });
  const secret = bytesToHex(randomBytes(32));
  process.stdout.write(
    `${JSON.stringify({ secret, commitment: sha256HexOfText(secret) }, null, 2)}\n`,
  );
  return 0;
}

await runSubcommands('draw', HELP, {
  record: recordCommand,
  commit: (args) => commitCommand(args, new Date()),
  reveal: revealCommand,
  witness: witnessCommand,
});
