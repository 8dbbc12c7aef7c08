// Command-line handling of randomness sources, shared by the draw and stratified-draw tools: the
// options that declare sources in a commitment (an organiser secret written to a file, witnesses'
// hashes, a future drand round, announced public values) and those that reveal their values.

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { bytesToHex, isLowerHex } from '../../shared/crypto/bytes';
import { sha256HexOfText } from '../../shared/crypto/hash';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import {
  beaconRandomness,
  beaconSource,
  chooseDrandRound,
  drandRoundTimingProblem,
  isQuicknetSignature,
  ORGANISER_SECRET_LABEL,
  organiserSecretSource,
  witnessSource,
} from '../../shared/lottery/commitReveal';
import { describeIssues, type BeaconProof, type Source } from '../../shared/lottery/protocol';
import { UsageError } from './cliRunner';
import { writeFileAtomic } from './files';

export function integerOption(raw: unknown, name: string, min: number): number {
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

export /** Splits LABEL=VALUE at the first "=". */
function labelled(raw: string, option: string): [string, string] {
  const at = raw.indexOf('=');
  if (at <= 0) throw new UsageError(`--${option} expects LABEL=VALUE, got ${JSON.stringify(raw)}`);
  return [raw.slice(0, at), raw.slice(at + 1)];
}

export function parseInstant(text: string): Date {
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

export function readJson(path: string): unknown {
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
export function readJsonAs<T>(path: string, schema: z.ZodType<T>, what: string): T {
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

/** parseArgs options declaring the sources of a commitment. */
export const SOURCE_OPTIONS = {
  'organiser-secret': { type: 'string' },
  witness: { type: 'string', multiple: true },
  'optional-witness': { type: 'string', multiple: true },
  'drand-round': { type: 'string' },
  'drand-delay': { type: 'string' },
  public: { type: 'string', multiple: true },
  'committed-at': { type: 'string' },
} as const;

/** parseArgs options revealing the sources' values. */
export const REVEAL_OPTIONS = {
  secrets: { type: 'string', multiple: true },
  value: { type: 'string', multiple: true },
  drand: { type: 'string', multiple: true },
  beacon: { type: 'string', multiple: true },
} as const;

interface SourceValues {
  'organiser-secret'?: string | undefined;
  witness?: string[] | undefined;
  'optional-witness'?: string[] | undefined;
  'drand-round'?: string | undefined;
  'drand-delay'?: string | undefined;
  public?: string[] | undefined;
}

/** The sources a commitment declares, and the organiser's fresh secret when one is asked for. */
export function sourcesFromOptions(
  values: SourceValues,
  committedAt: Date,
): { sources: Source[]; secret: string | undefined } {
  const sources: Source[] = [];
  let secret: string | undefined;
  if (values['organiser-secret'] !== undefined) {
    secret = bytesToHex(randomBytes(32));
    sources.push(organiserSecretSource(sha256HexOfText(secret)));
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
      sources.push(witnessSource(label, hash, optional));
    }
  }
  if (values['drand-round'] !== undefined && values['drand-delay'] !== undefined) {
    throw new UsageError('give either --drand-round or --drand-delay, not both');
  }
  // The spec's delay rule (section 10, beacon-timing): the round is produced strictly after committedAt.
  // --drand-delay asks for no minimum on top of it (the server's minimum is a deployment setting).
  const round =
    values['drand-round'] !== undefined || values['drand-delay'] !== undefined
      ? chooseDrandRound({
          now: committedAt,
          drandRound:
            values['drand-round'] === undefined
              ? undefined
              : integerOption(values['drand-round'], 'drand-round', 1),
          drandDelaySeconds:
            values['drand-delay'] === undefined
              ? undefined
              : integerOption(values['drand-delay'], 'drand-delay', 0),
          minDrandDelaySeconds: 0,
        })
      : undefined;
  const tooEarly = round === undefined ? undefined : drandRoundTimingProblem(round, committedAt, 0);
  if (tooEarly !== undefined)
    throw new KleroterionError(
      ErrorCode.InvalidArgument,
      `${tooEarly}; choose a future round (e.g. --drand-delay 600)`,
      { field: 'drand-round' },
    );
  if (round !== undefined) sources.push(beaconSource(round));
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
  return { sources, secret };
}

/** Writes the organiser's secret to a new file only they can read. */
export function writeSecretFile(path: string, secret: string): void {
  writeFileAtomic(
    path,
    `${JSON.stringify({ label: ORGANISER_SECRET_LABEL, value: secret }, null, 2)}\n`,
    {
      mode: 0o600,
      exclusive: true,
    },
  );
}

interface RevealValues {
  secrets?: string[] | undefined;
  value?: string[] | undefined;
  drand?: string[] | undefined;
  beacon?: string[] | undefined;
}

/** Each source's value, in source order, and the beacon proofs, from the reveal options. */
export function revealFromOptions(
  sources: readonly Source[],
  values: RevealValues,
): { values: (string | null)[]; beacons: BeaconProof[] } {
  const commitment = { sources };
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
      if (!isQuicknetSignature(signature))
        throw new KleroterionError(
          ErrorCode.BeaconInvalid,
          `source ${JSON.stringify(source.label)}: a quicknet signature is 96 lowercase hex digits`,
          { field: source.label },
        );
      beacons.push({ source: position, round: source.beacon.round, signature });
      return beaconRandomness(signature);
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
  return { values: revealed, beacons };
}
