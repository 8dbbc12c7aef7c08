// `npm run erase -- --data DIR --process ID [--call ID] [--force]`: erases the personal data of a finished
// process's volunteers and jurors (and of a call's applicants and reviewers) from the private tables and
// the outbox; the public logs stay as they are, so every published record still verifies.

import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../server/db/openDatabase';
import { erasePersonalData } from '../server/privacy/erasePersonalData';
import { removeOutboxMail } from '../server/privacy/removeOutboxMail';
import { ExitCode, UsageError, runCli } from './lib/cliRunner';

const HELP = `Usage: erase --data DIR [--process ID] [--call ID] [--force]
  Erases names, e-mail addresses, phone numbers and attributes of the process's volunteers and jurors'
  display names, and its stage one's register, registrations and codes (--process), and the contact data of the call's applicants and reviewers (--call), in
  one transaction, then compacts the database and deletes the outbox mail sent to those addresses.
  The public, hash-chained logs are untouched. A process must have published its results (--force
  for an abandoned one). Stop the server first so that no old page survives in its memory or WAL.`;

await runCli('erase', () => {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      data: { type: 'string' },
      process: { type: 'string' },
      call: { type: 'string' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help === true) {
    process.stdout.write(`${HELP}\n`);
    return ExitCode.Ok;
  }
  if (values.data === undefined) throw new UsageError('--data DIR is required');
  if (values.process === undefined && values.call === undefined)
    throw new UsageError('name a --process, a --call or both');
  const db = openDatabase(values.data);
  try {
    const report = erasePersonalData(db, {
      ...(values.process === undefined ? {} : { processId: values.process }),
      ...(values.call === undefined ? {} : { callId: values.call }),
      force: values.force === true,
    });
    const mails = removeOutboxMail(join(values.data, 'outbox'), report.emails);
    process.stdout.write(
      `erased: ${report.volunteers} volunteer(s), ${report.jurorNames} juror display name(s), ${report.applications} application contact(s), ${report.reviewers} reviewer(s), ${report.registerRows} register row(s), ${mails} outbox message(s)\n`,
    );
    return ExitCode.Ok;
  } finally {
    db.close();
  }
});
