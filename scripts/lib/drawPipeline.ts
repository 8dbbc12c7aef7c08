// The one pipeline of the draw CLIs (`draw` and `stratified-draw`): declare the sources and publish the
// commitment; later read it back, check the public inputs against it, reveal the values, write the record.
// Each CLI supplies only its inputs, its commitment's fields and its record (docs/lottery-spec.md, 10, 16).

import type { z } from 'zod';
import { canonicalize } from '../../shared/crypto/jcs';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { describeIssues, type BeaconProof, type Source } from '../../shared/lottery/protocol';
import { UsageError } from './cliRunner';
import { writeOutput } from './files';
import {
  REVEAL_OPTIONS,
  SOURCE_OPTIONS,
  parseInstant,
  readJson,
  revealFromOptions,
  sourcesFromOptions,
  writeSecretFile,
} from './sources';

/** parseArgs options of a commit command: the sources, when they were announced, the output file. */
export const COMMIT_STEP_OPTIONS = { ...SOURCE_OPTIONS, out: { type: 'string' } } as const;

/** parseArgs options of a reveal command: the published commitment, the values, the output file. */
export const REVEAL_STEP_OPTIONS = {
  commitment: { type: 'string' },
  ...REVEAL_OPTIONS,
  out: { type: 'string' },
} as const;

type CommitStepValues = Parameters<typeof sourcesFromOptions>[0] & {
  'committed-at'?: string | undefined;
  out?: string | undefined;
};

type RevealStepValues = Parameters<typeof revealFromOptions>[1] & {
  commitment?: string | undefined;
  out?: string | undefined;
};

/** The value of a required string option. @throws UsageError naming the option when it is absent. */
export function requiredOption(value: string | undefined, name: string): string {
  if (value === undefined) throw new UsageError(`--${name} is required`);
  return value;
}

/**
 * Checks a commitment against its protocol's schema.
 * @throws KleroterionError COMMITMENT_MALFORMED listing what is wrong.
 */
export function checkedCommitment<C>(schema: z.ZodType<C>, commitment: unknown): C {
  const parsed = schema.safeParse(commitment);
  if (!parsed.success)
    throw new KleroterionError(
      ErrorCode.CommitmentMalformed,
      `commitment: ${describeIssues(parsed.error)}`,
    );
  return parsed.data;
}

/** Records and commitments are written in canonical JSON (RFC 8785), one line, to --out or stdout. */
export function writeCanonical(out: string | undefined, document: unknown): void {
  writeOutput(out, `${canonicalize(document)}\n`);
}

/**
 * Step 1, the commitment: when it is published (--committed-at, or `now`), its sources, then the CLI's own
 * fields around them. Nothing touches the disk before the whole commitment exists; then the organiser's
 * secret file is claimed exclusively and the commitment written.
 */
export async function commitStep<C>(
  values: CommitStepValues,
  now: Date,
  build: (declared: { committedAt: string; sources: Source[] }) => Promise<C> | C,
): Promise<void> {
  const committedAt =
    values['committed-at'] === undefined ? now : parseInstant(values['committed-at']);
  const { sources, secret } = sourcesFromOptions(values, committedAt);
  const commitment = await build({
    committedAt: committedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    sources,
  });
  if (secret !== undefined) writeSecretFile(values['organiser-secret'] as string, secret);
  writeCanonical(values.out, commitment);
}

/** What a CLI's record is computed from once every value is known. */
export interface Revealed<C, I> {
  /** The commitment file's JSON as published. */
  raw: unknown;
  commitment: C;
  /** The CLI's public inputs, already checked against the commitment. */
  inputs: I;
  /** Each source's value in source order (null for an optional source left unrevealed). */
  values: (string | null)[];
  beacons: BeaconProof[];
}

/**
 * Step 2, the record: reads and checks the published commitment, loads the CLI's public inputs and checks
 * them against it, reveals every source's value, then writes the record the CLI computes from them.
 */
export async function revealStep<C extends { sources: Source[] }, I>(
  values: RevealStepValues,
  schema: z.ZodType<C>,
  load: (commitment: C) => Promise<I> | I,
  record: (revealed: Revealed<C, I>) => unknown,
): Promise<void> {
  const raw = readJson(requiredOption(values.commitment, 'commitment'));
  const commitment = checkedCommitment(schema, raw);
  const inputs = await load(commitment);
  const { values: revealed, beacons } = revealFromOptions(commitment.sources, values);
  writeCanonical(values.out, record({ raw, commitment, inputs, values: revealed, beacons }));
}
