// `npm run -s invitations -- <command>`: the stratified stage-one draw (kleroterion-invitations/1), k
// invitations spread over committed strata of a register, each drawn from its own pool. Commands:
//   commit --strata DIR --invitations K [--set NAME=N ...] [--title T] <sources> [--out FILE]
//   reveal --commitment FILE --strata DIR <reveals> [--out FILE]
// Sources and reveals are those of `draw commit` and `draw reveal`. See docs/lottery-spec.md, section 17.
// An unstratified stage one is a plain kleroterion-draw/1 draw: `npm run -s draw`, seats = k.

import { parseArgs } from 'node:util';
import { bytesToHex } from '../shared/crypto/bytes';
import { ErrorCode, KleroterionError } from '../shared/errors';
import { allocationProblems, largestRemainder } from '../shared/invitations/allocation';
import {
  Allocation,
  INVITATIONS_PROTOCOL,
  InvitationsCommitment,
} from '../shared/invitations/commitment';
import { drawInvitations } from '../shared/invitations/draw';
import { merkleRoot } from '../shared/lottery/merkle';
import { ExitCode, runSubcommands } from './lib/cliRunner';
import {
  COMMIT_STEP_OPTIONS,
  REVEAL_STEP_OPTIONS,
  checkedCommitment,
  commitStep,
  requiredOption,
  revealStep,
} from './lib/drawPipeline';
import { integerOption, labelled } from './lib/sources';
import { loadStrataDir } from './lib/strataDir';

const HELP = `Usage:
  invitations commit --strata DIR --invitations K [--set NAME=N ...] [--title T]
                     [--organiser-secret FILE] [--witness LABEL=SHA256HEX] [--optional-witness LABEL=SHA256HEX]
                     [--drand-round R | --drand-delay SECONDS] [--public LABEL] [--committed-at ISO] [--out FILE]
      Step 1: commits to every stratum's pool and to the allocation of the K invitations, before any
      randomness exists. Without --set the allocation is proportional (largest remainder); with --set,
      one NAME=N per stratum, the organiser's numbers (they must sum to K).
  invitations reveal --commitment FILE --strata DIR [--secrets FILE ...] [--value LABEL=VALUE ...]
                     [--drand FILE | --beacon LABEL=SIGNATURE ...] [--out FILE]
      Step 2: once every value is known, draws each stratum and writes the record.
      Check it with: npm run -s verify -- RECORD.json --strata DIR

DIR holds one pool file per stratum, named after it: NAME.txt (one id per line) or NAME.csv ("id" column).
An id may be in one stratum only. Records and commitments are written in canonical JSON (RFC 8785).`;

/** The organiser's numbers, one per stratum, from --set NAME=N. */
function setAllocation(raw: readonly string[], names: readonly string[]): Map<string, number> {
  const set = new Map<string, number>();
  for (const item of raw) {
    const [name, count] = labelled(item, 'set');
    if (!names.includes(name))
      throw new KleroterionError(
        ErrorCode.InvalidArgument,
        `--set ${name}: no stratum of that name in --strata (${names.join(', ')})`,
        { field: 'set' },
      );
    if (set.has(name))
      throw new KleroterionError(ErrorCode.InvalidArgument, `--set ${name} is given twice`, {
        field: 'set',
      });
    set.set(name, integerOption(count, `set ${name}`, 0));
  }
  const missing = names.filter((name) => !set.has(name));
  if (missing.length > 0)
    throw new KleroterionError(
      ErrorCode.InvalidArgument,
      `--set needs one NAME=N per stratum; missing: ${missing.join(', ')}`,
      { field: 'set' },
    );
  return set;
}

async function commitCommand(args: string[], now: Date): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      strata: { type: 'string' },
      invitations: { type: 'string' },
      set: { type: 'string', multiple: true },
      title: { type: 'string' },
      ...COMMIT_STEP_OPTIONS,
    },
    strict: true,
  });
  const dir = requiredOption(values.strata, 'strata');
  const k = integerOption(values.invitations, 'invitations', 1);
  await commitStep(values, now, async ({ committedAt, sources }) => {
    const strata = await loadStrataDir(dir, { disjoint: true });
    const names = strata.map((s) => s.name);
    const set = values.set === undefined ? undefined : setAllocation(values.set, names);
    const counts =
      set === undefined
        ? largestRemainder(
            k,
            strata.map((s) => ({ name: s.name, poolSize: s.ids.length })),
          )
        : names.map((name) => set.get(name) as number);
    const commitment = checkedCommitment(InvitationsCommitment, {
      protocol: INVITATIONS_PROTOCOL,
      ...(values.title === undefined ? {} : { title: values.title }),
      committedAt,
      invitations: k,
      allocation: set === undefined ? Allocation.Proportional : Allocation.Set,
      strata: strata.map((s, i) => ({
        name: s.name,
        poolRoot: bytesToHex(merkleRoot(s.tree)),
        poolSize: s.ids.length,
        invitations: counts[i] as number,
      })),
      sources,
    });
    const problems = allocationProblems(commitment);
    if (problems.length > 0)
      throw new KleroterionError(ErrorCode.InvalidArgument, `allocation: ${problems.join('; ')}`, {
        field: set === undefined ? 'invitations' : 'set',
      });
    return commitment;
  });
  return ExitCode.Ok;
}

async function revealCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { strata: { type: 'string' }, ...REVEAL_STEP_OPTIONS },
    strict: true,
  });
  const dir = requiredOption(values.strata, 'strata');
  await revealStep(
    values,
    InvitationsCommitment,
    async () => new Map((await loadStrataDir(dir, { disjoint: true })).map((s) => [s.name, s])),
    // The record embeds the commitment as published, not as parsed.
    ({ raw, inputs, values: revealed, beacons }) =>
      drawInvitations({ commitment: raw, pools: inputs, values: revealed, beacons }),
  );
  return ExitCode.Ok;
}

await runSubcommands('invitations', HELP, {
  commit: (args) => commitCommand(args, new Date()),
  reveal: revealCommand,
});
