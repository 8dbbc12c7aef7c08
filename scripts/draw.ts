// `npm run -s draw -- <command>`: runs kleroterion-draw/1 ceremonies from the command line.
// Commands: record (one-shot, public values), commit, reveal, witness. See README and docs/lottery-spec.md.

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { bytesToHex, isLowerHex } from '../shared/crypto/bytes';
import { sha256HexOfText } from '../shared/crypto/hash';
import { canonicalize } from '../shared/crypto/jcs';
import { ErrorCode, KleroterionError } from '../shared/errors';
import {
  quicknetFirstRoundAfter,
  quicknetRandomness,
  quicknetRoundTime,
} from '../shared/lottery/drand';
import { drawRecord } from '../shared/lottery/drawRecord';
import { merkleRoot } from '../shared/lottery/merkle';
import {
  Commitment,
  DRAW_PROTOCOL,
  describeIssues,
  type BeaconProof,
  type Source,
} from '../shared/lottery/protocol';
import { writeFileAtomic, writeOutput } from './lib/files';
import { loadPool } from './lib/poolLoader';
import { UsageError, runCli } from './lib/cliRunner';

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

function integerOption(raw: unknown, name: string, min: number): number {
  if (typeof raw !== 'string') throw new UsageError(`--${name} is required`);
  if (!/^[0-9]+$/.test(raw) || !Number.isSafeInteger(Number(raw)) || Number(raw) < min) {
    throw new KleroterionError(
      ErrorCode.InvalidNumber,
      `--${name} must be an integer ≥ ${min}, got ${JSON.stringify(raw)}`,
      { field: name },
    );
  }
  return Number(raw);
}

/** Splits LABEL=VALUE at the first "=". */
function labelled(raw: string, option: string): [string, string] {
  const at = raw.indexOf('=');
  if (at <= 0) throw new UsageError(`--${option} expects LABEL=VALUE, got ${JSON.stringify(raw)}`);
  return [raw.slice(0, at), raw.slice(at + 1)];
}

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

function checkedCommitment(commitment: unknown): Commitment {
  const parsed = Commitment.safeParse(commitment);
  if (!parsed.success)
    throw new KleroterionError(
      ErrorCode.CommitmentMalformed,
      `commitment: ${describeIssues(parsed.error)}`,
    );
  return parsed.data;
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
  const commitment = checkedCommitment({
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
  writeOutput(values.out, `${canonicalize(record)}\n`);
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
      'organiser-secret': { type: 'string' },
      witness: { type: 'string', multiple: true },
      'optional-witness': { type: 'string', multiple: true },
      'drand-round': { type: 'string' },
      'drand-delay': { type: 'string' },
      public: { type: 'string', multiple: true },
      'committed-at': { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
  });
  const { seats, alternates } = counts(values);
  const committedAt =
    values['committed-at'] === undefined ? now : parseInstant(values['committed-at']);
  const sources: Source[] = [];
  let secret: string | undefined;
  if (values['organiser-secret'] !== undefined) {
    secret = bytesToHex(randomBytes(32));
    sources.push({ label: 'organiser secret', commitment: sha256HexOfText(secret) });
  }
  for (const [option, optional] of [
    ['witness', false],
    ['optional-witness', true],
  ] as const) {
    for (const raw of values[option] ?? []) {
      const [label, hash] = labelled(raw, option);
      if (!isLowerHex(hash, 32)) {
        throw new KleroterionError(
          ErrorCode.InvalidArgument,
          `--${option} ${label}: expected the SHA-256 of the secret as 64 lowercase hex digits`,
          { field: option },
        );
      }
      sources.push({
        label: `witness: ${label}`,
        commitment: hash,
        ...(optional ? { optional: true as const } : {}),
      });
    }
  }
  if (values['drand-round'] !== undefined && values['drand-delay'] !== undefined) {
    throw new UsageError('give either --drand-round or --drand-delay, not both');
  }
  const round =
    values['drand-round'] !== undefined
      ? integerOption(values['drand-round'], 'drand-round', 1)
      : values['drand-delay'] !== undefined
        ? quicknetFirstRoundAfter(
            committedAt.getTime() / 1000 + integerOption(values['drand-delay'], 'drand-delay', 0),
          )
        : undefined;
  if (round !== undefined && quicknetRoundTime(round) * 1000 <= committedAt.getTime()) {
    // Its randomness already exists, so committing to it would let the organiser pick a favourable round.
    throw new KleroterionError(
      ErrorCode.InvalidArgument,
      `drand round ${round} was produced at ${new Date(quicknetRoundTime(round) * 1000).toISOString()}, before the commitment; choose a future round (e.g. --drand-delay 600)`,
      { field: 'drand-round' },
    );
  }
  if (round !== undefined)
    sources.push({
      label: `drand quicknet round ${round}`,
      beacon: { network: 'drand-quicknet', round },
    });
  for (const label of values.public ?? []) sources.push({ label });
  if (sources.length === 0)
    throw new UsageError(
      'a commitment needs at least one source (e.g. --organiser-secret FILE and --drand-delay 600)',
    );
  for (const source of sources) {
    if (source.label.includes('='))
      throw new KleroterionError(
        ErrorCode.InvalidArgument,
        `source label ${JSON.stringify(source.label)} must not contain "="`,
      );
  }
  const { ids, tree } = await loadCheckedPool(values.pool, seats);
  const commitment = checkedCommitment({
    protocol: DRAW_PROTOCOL,
    ...(values.title === undefined ? {} : { title: values.title }),
    committedAt: committedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    poolRoot: bytesToHex(merkleRoot(tree)),
    poolSize: ids.length,
    seats,
    alternates,
    sources,
  });
  // Everything is computed; only now touch the disk. The secret file is claimed exclusively.
  if (secret !== undefined) {
    writeFileAtomic(
      values['organiser-secret'] as string,
      `${JSON.stringify({ label: 'organiser secret', value: secret }, null, 2)}\n`,
      { mode: 0o600, exclusive: true },
    );
  }
  writeOutput(values.out, `${canonicalize(commitment)}\n`);
  return 0;
}

function parseInstant(text: string): Date {
  const parsed = z.iso.datetime({ offset: true }).safeParse(text);
  if (!parsed.success)
    throw new KleroterionError(
      ErrorCode.InvalidArgument,
      `--committed-at expects an ISO 8601 date-time such as 2026-11-22T18:00:00Z, got ${JSON.stringify(text)}`,
      { field: 'committed-at' },
    );
  return new Date(parsed.data);
}

const SecretFile = z.strictObject({ label: z.string().min(1), value: z.string() });
const DrandRound = z.looseObject({ round: z.number().int().min(1), signature: z.string() });

function readJson(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new KleroterionError(
      ErrorCode.JsonMalformed,
      `${path}: not valid JSON (${(error as Error).message})`,
      { file: path },
    );
  }
}

/** Reads a JSON file and checks it against `schema`, naming the file and what it should have been. */
function readJsonAs<T>(path: string, schema: z.ZodType<T>, what: string): T {
  const parsed = schema.safeParse(readJson(path));
  if (!parsed.success) {
    throw new KleroterionError(
      ErrorCode.JsonMalformed,
      `${path}: not ${what} (${describeIssues(parsed.error)})`,
      {
        file: path,
      },
    );
  }
  return parsed.data;
}

async function revealCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      commitment: { type: 'string' },
      pool: { type: 'string' },
      secrets: { type: 'string', multiple: true },
      value: { type: 'string', multiple: true },
      drand: { type: 'string', multiple: true },
      beacon: { type: 'string', multiple: true },
      out: { type: 'string' },
    },
    strict: true,
  });
  if (values.commitment === undefined) throw new UsageError('--commitment is required');
  const raw = readJson(values.commitment);
  const commitment = checkedCommitment(raw);
  const byLabel = new Map<string, string>();
  const assign = (label: string, value: string, origin: string) => {
    if (!commitment.sources.some((source) => source.label === label)) {
      throw new KleroterionError(
        ErrorCode.UnknownSource,
        `${origin}: the commitment has no source labelled ${JSON.stringify(label)}`,
        { field: label },
      );
    }
    if (byLabel.has(label))
      throw new KleroterionError(
        ErrorCode.InvalidArgument,
        `${origin}: source ${JSON.stringify(label)} is given twice`,
        { field: label },
      );
    byLabel.set(label, value);
  };
  for (const path of values.secrets ?? []) {
    const secret = readJsonAs(path, SecretFile, 'a secret file');
    assign(secret.label, secret.value, path);
  }
  for (const item of values.value ?? []) assign(...labelled(item, 'value'), '--value');
  const signatures = new Map<number, string>();
  for (const path of values.drand ?? []) {
    const round = readJsonAs(path, DrandRound, 'a drand round');
    signatures.set(round.round, round.signature);
  }
  const beacons: BeaconProof[] = [];
  const labelledSignatures = new Map((values.beacon ?? []).map((item) => labelled(item, 'beacon')));
  const revealed = commitment.sources.map((source, position) => {
    if (source.beacon !== undefined) {
      const signature = labelledSignatures.get(source.label) ?? signatures.get(source.beacon.round);
      if (signature === undefined) {
        throw new KleroterionError(
          ErrorCode.RevealMissing,
          `source ${JSON.stringify(source.label)} needs the signature of drand round ${source.beacon.round} (--drand FILE or --beacon LABEL=SIGNATURE)`,
          { field: source.label },
        );
      }
      if (!isLowerHex(signature, 48))
        throw new KleroterionError(
          ErrorCode.BeaconInvalid,
          `source ${JSON.stringify(source.label)}: a quicknet signature is 96 lowercase hex digits`,
          { field: source.label },
        );
      beacons.push({ source: position, round: source.beacon.round, signature });
      return quicknetRandomness(signature);
    }
    const value = byLabel.get(source.label);
    if (value !== undefined) return value;
    if (source.optional === true) return null;
    throw new KleroterionError(
      ErrorCode.RevealMissing,
      `no value for source ${JSON.stringify(source.label)} (--value LABEL=VALUE or --secrets FILE)`,
      { field: source.label },
    );
  });
  for (const label of labelledSignatures.keys()) {
    if (
      !commitment.sources.some((source) => source.label === label && source.beacon !== undefined)
    ) {
      throw new KleroterionError(
        ErrorCode.UnknownSource,
        `--beacon: the commitment has no beacon source labelled ${JSON.stringify(label)}`,
        { field: label },
      );
    }
  }
  const { ids, tree } = await loadCheckedPool(values.pool, commitment.seats);
  const record = drawRecord({
    commitment: raw,
    canonicalIds: ids,
    tree,
    values: revealed,
    beacons,
  });
  writeOutput(values.out, `${canonicalize(record)}\n`);
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

await runCli('draw', () => {
  const [command, ...rest] = process.argv.slice(2);
  switch (command) {
    case 'record':
      return recordCommand(rest);
    case 'commit':
      return commitCommand(rest, new Date());
    case 'reveal':
      return revealCommand(rest);
    case 'witness':
      return witnessCommand(rest);
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(`${HELP}\n`);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  }
});
