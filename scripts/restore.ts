// `npm run restore -- --from FILE --data DIR [--force]`: restores a backup into DIR (server stopped).
// The backup is copied to a temporary file, verified (integrity, schema, every chain), then moved into
// place atomically; a backup that fails leaves DIR untouched.

import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ExitCode, UsageError, runCli } from './lib/cliRunner';
import { restoreDatabase } from '../server/ops/restoreDatabase';
import { describeCheck } from '../server/ops/checkDatabaseFile';

await runCli('restore', () => {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      data: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: npm run restore -- --from FILE --data DIR [--force (replace the database of a non-empty DIR)]',
    );
    return ExitCode.Ok;
  }
  if (values.from === undefined || values.data === undefined)
    throw new UsageError('--from and --data are required');
  const report = restoreDatabase(resolve(values.from), resolve(values.data), {
    force: values.force,
  });
  console.log(
    `restored ${report.target}${report.replaced ? ' (the previous database was replaced)' : ''}`,
  );
  for (const line of describeCheck(report)) console.log(line);
  return ExitCode.Ok;
});
