// `npm run backup -- --data DIR --out FILE`: an online backup of the database in DIR (the server may be
// running and writing), checked (integrity, schema, every chain) before it gets its final name.

import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ExitCode, UsageError, runCli } from './lib/cliRunner';
import { backupDatabase } from '../server/ops/backupDatabase';
import { describeCheck } from '../server/ops/checkDatabaseFile';

await runCli('backup', async () => {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log('usage: npm run backup -- --data DIR --out FILE   (FILE must not exist)');
    return ExitCode.Ok;
  }
  if (values.data === undefined || values.out === undefined)
    throw new UsageError('--data and --out are required');
  const report = await backupDatabase(resolve(values.data), resolve(values.out));
  console.log(`backup written: ${report.file} (${report.bytes} bytes)`);
  for (const line of describeCheck(report)) console.log(line);
  return ExitCode.Ok;
});
