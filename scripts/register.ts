// `npm run -s register -- import FILE.csv [--stratum COLUMN] --out DIR [--db DIR]`
// Imports a register (docs/register.md) with the server's own streamed import into a SQLite database, then
// writes the public pool files the stage-one draw and its verifier read: DIR/register.txt (every id) and,
// with --stratum, DIR/strata/NNN-<name>.txt (each stratum's ids), one id per line in canonical order
// (docs/lottery-spec.md, "Pool files"), and DIR/register.json, the roots and sizes. Contact data stays in
// the database: in --db DIR when given (kept, private), else in a temporary folder deleted at the end.

import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../server/db/openDatabase';
import { importRegister } from '../server/register/registerImport';
import { scanRegisterIds } from '../server/register/registerScan';
import { createRegisterRepository } from '../server/repositories/registerRepository';
import { ExitCode, UsageError, runCli } from './lib/cliRunner';
import { writeFileAtomic } from './lib/files';

const HELP = `Usage: register import FILE.csv [--stratum COLUMN] --out DIR [--db DIR]
  Imports a register (CSV, UTF-8, ";" or "," — see docs/register.md): each row gets a pseudonymous id,
  the contact data stays in the database, only the ids are committed.
  --stratum COLUMN: the column that splits the register into strata (e.g. departement); each stratum
  is committed by its own root.
  --out DIR: writes register.txt (every id, canonical order), strata/NNN-<name>.txt (each stratum's ids)
  and register.json (file, rows, root, and each stratum's name, size, root and pool file).
  --db DIR: keeps the database (contact data: private) in DIR; else it is deleted at the end.`;

/** Process under which the CLI files its register in its own database. */
const CLI_PROCESS = 'cli';

/** A file written through a buffer, flushed every MiB: memory stays bounded over millions of ids. */
function bufferedFile(path: string) {
  const fd = openSync(path, 'w', 0o644);
  let pending = '';
  return {
    line(text: string) {
      pending += `${text}\n`;
      if (pending.length >= 1 << 20) {
        writeSync(fd, pending);
        pending = '';
      }
    },
    close() {
      writeSync(fd, pending);
      closeSync(fd);
    },
  };
}

const slug = (name: string) => name.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 40);

await runCli('register', async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      stratum: { type: 'string' },
      out: { type: 'string' },
      db: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help === true) {
    process.stdout.write(`${HELP}\n`);
    return ExitCode.Ok;
  }
  const [command, file, ...rest] = positionals;
  if (command !== 'import') throw new UsageError('the only command is "import"');
  if (file === undefined) throw new UsageError('give the register CSV file');
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  if (values.out === undefined) throw new UsageError('--out DIR is required');
  const out = values.out;
  const totalBytes = statSync(file).size;
  const dataDir = values.db ?? mkdtempSync(join(tmpdir(), 'kleroterion-register-'));
  if (values.db !== undefined && existsSync(join(dataDir, 'kleroterion.sqlite')))
    process.stderr.write(`register: adding to the existing database in ${dataDir}\n`);
  const db = openDatabase(dataDir);
  try {
    let lastShown = 0;
    const summary = await importRegister(db, createReadStream(file, { highWaterMark: 1 << 20 }), {
      processId: CLI_PROCESS,
      fileName: basename(file),
      stratumColumn: values.stratum,
      totalBytes,
      onProgress: (p) => {
        const now = Date.now();
        if (p.phase === 'reading' && now - lastShown < 1000) return;
        lastShown = now;
        const percent =
          totalBytes > 0 ? ` (${Math.round((100 * p.bytesRead) / totalBytes)} %)` : '';
        process.stderr.write(
          `register: ${p.phase}: ${p.rowsRead.toLocaleString('en')} rows${percent}\n`,
        );
      },
    });
    mkdirSync(out, { recursive: true });
    if (summary.strata.length > 0) mkdirSync(join(out, 'strata'), { recursive: true });
    const strataFiles = summary.strata.map(
      (s, i) => `strata/${String(i + 1).padStart(3, '0')}-${slug(s.name)}.txt`,
    );
    const repository = createRegisterRepository(db);
    const names = repository.strataNames(summary.importNo);
    const fileOfNumber = new Map<number, ReturnType<typeof bufferedFile>>();
    summary.strata.forEach((s, i) => {
      const no = [...names].find(([, name]) => name === s.name)?.[0] as number;
      fileOfNumber.set(no, bufferedFile(join(out, strataFiles[i] as string)));
    });
    const whole = bufferedFile(join(out, 'register.txt'));
    await scanRegisterIds(repository, summary.importNo, (id, stratumNo) => {
      whole.line(id);
      if (stratumNo !== null) fileOfNumber.get(stratumNo)?.line(id);
    });
    whole.close();
    for (const f of fileOfNumber.values()) f.close();
    const report = {
      file: basename(file),
      rows: summary.rowCount,
      root: summary.root,
      poolFile: 'register.txt',
      stratumColumn: values.stratum ?? null,
      strata: summary.strata.map((s, i) => ({ ...s, poolFile: strataFiles[i] })),
      ignoredColumns: summary.ignoredColumns,
    };
    writeFileAtomic(join(out, 'register.json'), `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(
      `register: ${summary.rowCount.toLocaleString('en')} rows, root ${summary.root}` +
        (summary.strata.length > 0 ? `, ${summary.strata.length} strata` : '') +
        `; pool files in ${out}\n`,
    );
    return ExitCode.Ok;
  } finally {
    db.close();
    if (values.db === undefined) rmSync(dataDir, { recursive: true, force: true });
  }
});
