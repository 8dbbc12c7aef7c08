// `npm run -s rfc3797 -- --pool NAMES --select K --source "9319" --source "2 5 12 8 10" ...`
// RFC 3797 selection for compatibility; prints "RANK POSITION NAME" per pick (POSITION 1-based in file order).

import { parseArgs } from 'node:util';
import { ErrorCode, KleroterionError } from '../shared/errors';
import { canonicalPool } from '../shared/lottery/poolId';
import { parseRfc3797Source, rfc3797Key, rfc3797Select } from '../shared/lottery/rfc3797';
import { ExitCode, UsageError, runCli } from './lib/cliRunner';
import { readPoolEntries } from './lib/poolFile';

const HELP = `Usage: rfc3797 --pool NAMES --select K --source "N N ..." [--source ...] [--verbose]
  NAMES lists the pool in its published order, one per line. Each --source is a set of
  non-negative integers, or "float X.Y ..." for non-integers. Prints "RANK POSITION NAME" per pick.
  --verbose also prints the key string and each MD5 value on stderr.
  RFC 3797 uses MD5; this command exists for compatibility with it, not as our protocol.`;

await runCli('rfc3797', () => {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      pool: { type: 'string' },
      select: { type: 'string' },
      source: { type: 'string', multiple: true },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help === true) {
    process.stdout.write(`${HELP}\n`);
    return ExitCode.Ok;
  }
  if (values.pool === undefined) throw new UsageError('--pool is required');
  if (values.select === undefined) throw new UsageError('--select is required');
  if (!/^[0-9]+$/.test(values.select) || Number(values.select) < 1) {
    throw new KleroterionError(
      ErrorCode.InvalidNumber,
      `--select must be a positive integer, got ${JSON.stringify(values.select)}`,
      { field: 'select' },
    );
  }
  const sources = (values.source ?? []).map((text, i) =>
    parseRfc3797Source(text, `--source ${i + 1}`),
  );
  if (sources.length === 0) throw new UsageError('at least one --source is required');
  const entries = readPoolEntries(values.pool);
  canonicalPool(entries, values.pool); // same id rules as our protocol; the RFC keeps the published order
  const key = rfc3797Key(sources);
  const select = Number(values.select);
  if (select > entries.length) {
    throw new KleroterionError(
      ErrorCode.SeatsExceedPool,
      `${values.pool}: cannot select ${select} from ${entries.length} names`,
      { file: values.pool },
    );
  }
  const picks = rfc3797Select(key, entries.length, select);
  if (values.verbose === true) process.stderr.write(`key: ${key}\n`);
  for (const pick of picks) {
    if (values.verbose === true)
      process.stderr.write(`draw ${pick.draw}: MD5 ${pick.md5}, ${pick.remaining} remaining\n`);
    process.stdout.write(`${pick.draw} ${pick.position} ${entries[pick.position - 1]?.id}\n`);
  }
  return ExitCode.Ok;
});
