// `npm run -s stratified-draw -- <command>`: draws one panel of a committed stratified lottery
// (kleroterion-stratified/1). Commands:
//   commit --lottery LOTTERY.json --respondents R.csv [--alternates-per-seat N] <sources> [--out FILE]
//   record --commitment FILE --lottery LOTTERY.json --respondents R.csv <reveals> [--out FILE]
// Sources and reveals are those of `draw commit` and `draw reveal`. See docs/lottery-spec.md, section 16.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { ErrorCode, KleroterionError } from '../shared/errors';
import { describeIssues } from '../shared/lottery/protocol';
import { parseRespondentRows } from '../shared/stratify/respondents';
import {
  panelsTree,
  respondentsTable,
  stratifiedRecord,
  treeRoot,
} from '../shared/stratify/stratifiedDraw';
import {
  STRATIFIED_PROTOCOL,
  StratifiedCommitment,
  StratifiedQuota,
} from '../shared/stratify/stratifiedProtocol';
import { ExitCode, runSubcommands } from './lib/cliRunner';
import {
  COMMIT_STEP_OPTIONS,
  REVEAL_STEP_OPTIONS,
  checkedCommitment,
  commitStep,
  requiredOption,
  revealStep,
} from './lib/drawPipeline';
import { integerOption, readJson } from './lib/sources';

const HELP = `Usage:
  stratified-draw commit --lottery LOTTERY.json --respondents R.csv [--alternates-per-seat 1]
                  [--organiser-secret FILE] [--witness LABEL=SHA256HEX] [--drand-round R | --drand-delay S]
                  [--public LABEL] [--committed-at ISO] [--out FILE]
      Commits to the lottery's panels and to the respondents' features, before any randomness exists.
  stratified-draw record --commitment FILE --lottery LOTTERY.json --respondents R.csv
                  [--secrets FILE ...] [--value LABEL=VALUE ...] [--drand FILE | --beacon LABEL=SIGNATURE]
                  [--out FILE]
      Once every value is known: the panel, its proofs and the alternates. Check it with npm run -s verify.`;

const LotteryFile = z.looseObject({
  ids: z.array(z.string().min(1)),
  panels: z.array(z.array(z.number().int().min(0))).min(1),
  panelSize: z.number().int().min(1),
  quotas: z.array(StratifiedQuota).min(1),
});

/** The lottery's panels as ids and the respondents' table with their features. */
function load(lotteryPath: string, respondentsPath: string) {
  const parsed = LotteryFile.safeParse(readJson(lotteryPath));
  if (!parsed.success)
    throw new KleroterionError(
      ErrorCode.JsonMalformed,
      `${lotteryPath}: not a LOTTERY.json (${describeIssues(parsed.error)})`,
      { file: lotteryPath },
    );
  const lottery = parsed.data;
  const rows = parse(readFileSync(respondentsPath), {
    bom: true,
    skip_empty_lines: true,
  }) as string[][];
  const respondents = parseRespondentRows(rows, lottery.quotas, respondentsPath);
  if (respondents.map((r) => r.id).join('\n') !== lottery.ids.join('\n'))
    throw new KleroterionError(
      ErrorCode.InvalidArgument,
      `${respondentsPath}: these are not the respondents of ${lotteryPath} (ids or order differ)`,
      { file: respondentsPath },
    );
  const table = respondentsTable(respondents.map((r) => ({ id: r.id, features: r.features })));
  const panels = lottery.panels.map((panel) =>
    panel.map((row) => {
      const id = lottery.ids[row];
      if (id === undefined)
        throw new KleroterionError(
          ErrorCode.JsonMalformed,
          `${lotteryPath}: panel row ${row} has no respondent`,
        );
      return id;
    }),
  );
  return { lottery, table, panels };
}

async function commitCommand(args: string[], now: Date): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      lottery: { type: 'string' },
      respondents: { type: 'string' },
      'alternates-per-seat': { type: 'string' },
      ...COMMIT_STEP_OPTIONS,
    },
    strict: true,
  });
  const lotteryPath = requiredOption(values.lottery, 'lottery');
  const respondentsPath = requiredOption(values.respondents, 'respondents');
  await commitStep(values, now, ({ committedAt, sources }) => {
    const { lottery, table, panels } = load(lotteryPath, respondentsPath);
    return checkedCommitment(StratifiedCommitment, {
      protocol: STRATIFIED_PROTOCOL,
      committedAt,
      respondentsRoot: treeRoot(table.tree),
      respondentCount: table.respondents.length,
      quotas: lottery.quotas,
      panelSize: lottery.panelSize,
      panelsRoot: treeRoot(panelsTree(panels)),
      panelCount: panels.length,
      alternatesPerSeat:
        values['alternates-per-seat'] === undefined
          ? 1
          : integerOption(values['alternates-per-seat'], 'alternates-per-seat', 0),
      sources,
    } satisfies StratifiedCommitment);
  });
  return ExitCode.Ok;
}

async function recordCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      lottery: { type: 'string' },
      respondents: { type: 'string' },
      ...REVEAL_STEP_OPTIONS,
    },
    strict: true,
  });
  requiredOption(values.commitment, 'commitment');
  const lotteryPath = requiredOption(values.lottery, 'lottery');
  const respondentsPath = requiredOption(values.respondents, 'respondents');
  await revealStep(
    values,
    StratifiedCommitment,
    (commitment) => {
      const { table, panels } = load(lotteryPath, respondentsPath);
      if (
        treeRoot(table.tree) !== commitment.respondentsRoot ||
        treeRoot(panelsTree(panels)) !== commitment.panelsRoot
      )
        throw new KleroterionError(
          ErrorCode.CommitmentMalformed,
          'the lottery or the respondents differ from what the commitment names (respondentsRoot or panelsRoot)',
        );
      return { table, panels };
    },
    ({ commitment, inputs, values: revealed, beacons }) =>
      stratifiedRecord({ commitment, values: revealed, beacons, ...inputs }),
  );
  return ExitCode.Ok;
}

await runSubcommands('stratified-draw', HELP, {
  commit: (args) => commitCommand(args, new Date()),
  record: recordCommand,
});
