// Imports a register CSV as a stream (docs/register.md): each row is checked and stored with a fresh
// pseudonymous id in the import's own private table, in short batches; the ids are then indexed (by the
// writer thread) while this thread sorts them in canonical order (from its log of them, or read back from
// the index) and commits them (the section-2 pool root of the whole register and of each stratum).
// All or nothing: the import becomes the process's register only once complete; any failure drops it.

import { Readable } from 'node:stream';
import { bytesToHex } from '../../shared/crypto/bytes';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { CompactSha256 } from '../../shared/crypto/compactSha256';
import { StreamingMerkleRoot } from '../../shared/lottery/merkleStream';
import type { Db } from '../db/openDatabase';
import {
  createRegisterRepository,
  packRegisterContact,
  type RegisterStratum,
} from '../repositories/registerRepository';
import { readRegisterHeader, readRegisterRow, type RegisterProblem } from './registerCsv';
import { RegisterIdLog } from './registerIdLog';
import { REGISTER_ID_LENGTH, registerIdSource } from './registerIds';
import { CsvSplitter, type CsvRecords, type CsvSyntaxProblem } from './registerSplit';
import { inThreadWriter, threadWriter, type RowWriter } from './registerWriter';
import { scanRegisterIds } from './registerScan';
import { strataThread, type StrataThread } from './registerStrata';
import { RegisterProofTree } from './registerTree';

export const MAX_REGISTER_ROWS = 50_000_000;
export const MAX_STRATA = 10_000;
/** Most problems listed in one report; the total is always given. */
const MAX_LISTED = 200;
const BATCH_ROWS = 20_000;
const PROGRESS_EVERY = 10_000;
/** Ids committed between two turns of the event loop. */
const YIELD_EVERY = 50_000;
/** Beyond this many rows the ids are not logged in memory (18 bytes each) but read back from the index. */
const MAX_LOGGED_IDS = 12_500_000;
/** From this many rows the trees are built on threads of their own (starting one costs a fraction of a second). */
const TREE_THREAD_ROWS = 200_000;

export interface RegisterProgress {
  phase: 'reading' | 'indexing' | 'committing' | 'done';
  rowsRead: number;
  bytesRead: number;
  /** The upload's size when known (Content-Length, the file's size). */
  totalBytes: number | undefined;
}

export interface RegisterImportOptions {
  processId: string;
  /** Named in error messages (a file name, never a path with personal data). */
  fileName: string;
  /** The header name of the stratum column (e.g. `departement`), if the register is stratified. */
  stratumColumn?: string | undefined;
  totalBytes?: number | undefined;
  onProgress?: (progress: RegisterProgress) => void;
  now?: () => string;
  /** Fresh ids (tests inject collisions); defaults to the CSPRNG source. */
  newId?: () => string;
  /**
   * Keeps the proof trees built while committing (the whole register's, each stratum's), for a draw that
   * follows at once; else only the roots are computed, in O(log n) memory.
   */
  proofTrees?: { whole: boolean; strata: boolean };
  /** False writes the rows from this thread even to a database file (default: a writer thread). */
  writerThread?: boolean;
  /** Ids per page when reading them back (tests make pages small). */
  pageIds?: number;
  /**
   * False reads the ids back from the table's index to commit them, as beyond 12,500,000 rows; by default
   * they are logged in memory as they are issued and sorted there while the index is built.
   */
  idsInMemory?: boolean;
  /**
   * Builds the whole register's tree, and the strata's, each on a thread of its own while this thread
   * hashes the leaves (default: from 200,000 rows).
   */
  treeThreads?: boolean;
}

export interface RegisterSummary {
  importNo: number;
  rowCount: number;
  root: string;
  /** Canonical (UTF-8 byte) order of their names; empty without a stratum column. */
  strata: RegisterStratum[];
  /** Header names the import did not read: their values were not stored. */
  ignoredColumns: string[];
  /** Ids redrawn after a collision (expected 0). */
  redrawn: number;
  /** The trees asked for with `proofTrees`. */
  trees: { whole: RegisterProofTree | undefined; strata: Map<string, RegisterProofTree> };
}

/** What the commit feeds each id to, with its leaf hash: a proof tree, or a root alone. */
interface RootSink {
  /** The id as its 16 ASCII bytes `src[offset ..]`, and its leaf hash. */
  addHashedBytes(src: Uint8Array, offset: number, leaf: Uint8Array): void;
  readonly size: number;
  rootHex(): string;
}

function rootOnly(): RootSink {
  const stream = new StreamingMerkleRoot();
  return {
    addHashedBytes: (_src, _offset, leaf) => stream.addLeafHash(leaf),
    get size() {
      return stream.size;
    },
    rootHex: () => bytesToHex(stream.root()),
  };
}

/**
 * Reads, stores and commits a register. Progress is reported every 10,000 rows and at each phase.
 * @throws {KleroterionError} REGISTER_INVALID with `details.problems` (line, column, field, code); nothing
 * is then left of the import.
 */
export async function importRegister(
  db: Db,
  input: AsyncIterable<Uint8Array> | Readable,
  options: RegisterImportOptions,
): Promise<RegisterSummary> {
  const repository = createRegisterRepository(db);
  const now = options.now ?? (() => new Date().toISOString());
  const newId = options.newId ?? registerIdSource();
  const file = options.fileName;
  const progress: RegisterProgress = {
    phase: 'reading',
    rowsRead: 0,
    bytesRead: 0,
    totalBytes: options.totalBytes,
  };
  const tell = () => options.onProgress?.({ ...progress });

  repository.dropUnfinished();
  const importNo = repository.startImport(
    options.processId,
    file,
    options.stratumColumn ?? null,
    now(),
  );
  const source = Readable.from(countBytes(input, (n) => (progress.bytesRead += n)));
  let writerToClose: RowWriter | undefined;
  let threadsToStop: StrataThread[] = [];
  try {
    const problems: RegisterProblem[] = [];
    let total = 0;
    const report = (problem: RegisterProblem) => {
      total++;
      if (problems.length < MAX_LISTED) problems.push(problem);
    };
    const sink = { report, bad: false };
    const invalid = (): never => {
      const first = problems[0];
      throw new KleroterionError(
        ErrorCode.RegisterInvalid,
        `${file}: ${total} problem${total > 1 ? 's' : ''}; nothing was imported. First: line ${first?.line}${first?.field === undefined ? '' : `, ${first.field}`}: ${first?.message}`,
        { file, problems, total },
      );
    };

    const { delimiter, stream } = await detectDelimiter(source);
    const splitter = new CsvSplitter(delimiter);
    // A database file gets a writer thread; an in-memory one (tests) can only be written from here.
    const writer =
      db.memory || options.writerThread === false
        ? inThreadWriter(db, repository, importNo)
        : threadWriter(db.name, importNo);
    writerToClose = writer;
    const strata = new Map<string, number>();
    let columns: ReturnType<typeof readRegisterHeader>['columns'] | undefined;
    let batch: unknown[] = [];
    let rows = 0;
    /** Rows per stratum number, so that the proof trees are sized once. */
    const stratumSizes: number[] = [];
    let log = options.idsInMemory === false ? undefined : new RegisterIdLog();
    /** Checks the records split from a chunk and queues the good rows; false stops the reading. */
    const take = ({ records, lines }: CsvRecords): boolean => {
      for (let r = 0; r < records.length; r++) {
        const record = records[r] as string[];
        const line = lines[r] as number;
        if (record.length === 1 && record[0] === '') continue; // an empty line
        if (columns === undefined) {
          const header = readRegisterHeader(record, options.stratumColumn);
          header.problems.forEach(report);
          if (total > 0) return false;
          columns = header.columns;
          continue;
        }
        rows++;
        progress.rowsRead = rows;
        if (rows > MAX_REGISTER_ROWS) {
          report({
            line,
            code: 'TOO_MANY_ROWS',
            message: `a register holds at most ${MAX_REGISTER_ROWS.toLocaleString('en')} rows`,
          });
          return false;
        }
        if (record.some((cell) => cell.includes('\uFFFD'))) {
          report({
            line,
            code: 'INVALID_UTF8',
            message: 'not valid UTF-8 (save the file as CSV UTF-8)',
          });
          continue;
        }
        const values = readRegisterRow(record, line, columns, sink);
        if (rows % PROGRESS_EVERY === 0) tell();
        if (values === undefined || total > 0) continue;
        let stratumNo: number | null = null;
        if (values.stratum !== null) {
          stratumNo = strata.get(values.stratum) ?? strata.size;
          if (stratumNo === strata.size) {
            if (strata.size >= MAX_STRATA) {
              report({
                line,
                field: 'stratum',
                code: 'TOO_MANY_STRATA',
                message: `a register has at most ${MAX_STRATA} strata`,
              });
              return false;
            }
            strata.set(values.stratum, stratumNo);
            stratumSizes.push(0);
          }
          stratumSizes[stratumNo] = (stratumSizes[stratumNo] as number) + 1;
        }
        const id = newId();
        if (log !== undefined && (rows > MAX_LOGGED_IDS || !log.add(id, stratumNo)))
          log = undefined;
        batch.push(id, stratumNo, line, packRegisterContact(values));
      }
      return true;
    };
    const syntax = (problem: CsvSyntaxProblem) =>
      report({
        line: problem.line,
        code: 'CSV_SYNTAX',
        // Never the file's text: the reason alone.
        message: `CSV syntax error (CSV_${problem.reason}): check the quotes on this line`,
      });
    const out: CsvRecords = { records: [], lines: [] };
    reading: {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        out.records.length = 0;
        out.lines.length = 0;
        const problem = splitter.push(chunk, out);
        if (!take(out)) break reading;
        if (problem !== undefined) {
          syntax(problem);
          break reading;
        }
        if (batch.length >= BATCH_ROWS * 4) {
          await writer.write(batch);
          batch = [];
        }
      }
      out.records.length = 0;
      out.lines.length = 0;
      const problem = splitter.end(out);
      if (take(out) && problem !== undefined) syntax(problem);
    }
    if (total === 0 && columns === undefined)
      report({ line: 1, code: 'EMPTY_FILE', message: 'the file is empty' });
    if (total === 0 && rows === 0)
      report({ line: 2, code: 'NO_ROWS', message: 'the file has a header but no rows' });
    if (total > 0) invalid();
    await writer.write(batch);
    batch = [];
    tell();

    progress.phase = 'indexing';
    tell();
    // The writer thread indexes the table on its own connection while this thread sorts the ids it logged
    // and commits them; the index is awaited only before the database is read or the import finished.
    const indexed = writer.close({ index: true });
    indexed.catch(() => {}); // awaited below
    const order = log?.sortedOrder();

    progress.phase = 'committing';
    tell();
    const names = [...strata.keys()];
    let redrawn = 0;
    for (let attempt = 0; ; attempt++) {
      const keep = options.proofTrees;
      // Large registers have their trees built on two threads (the whole register's, the strata's) while
      // this one hashes the leaves and hands them over.
      const threads = options.treeThreads ?? rows >= TREE_THREAD_ROWS;
      const wholeThread = threads ? strataThread([rows], keep?.whole === true) : undefined;
      const thread =
        threads && names.length > 0 ? strataThread(stratumSizes, keep?.strata === true) : undefined;
      threadsToStop = [wholeThread, thread].filter((t) => t !== undefined);
      const whole: RootSink | undefined = wholeThread
        ? undefined
        : keep?.whole === true
          ? new RegisterProofTree(rows)
          : rootOnly();
      let visited = 0;
      const byStratum: RootSink[] = thread
        ? []
        : names.map((_, no) =>
            keep?.strata === true ? new RegisterProofTree(stratumSizes[no]) : rootOnly(),
          );
      const duplicates = new Set<string>();
      // Each leaf is hashed once, here, for the register's tree and its stratum's.
      const engine = new CompactSha256();
      const leaf = new Uint8Array(32);
      const message = new Uint8Array(1 + REGISTER_ID_LENGTH); // 0x00 ‖ id
      const visit = (bytes: Uint8Array, at: number, stratumNo: number | null) => {
        for (let i = 0; i < REGISTER_ID_LENGTH; i++) message[1 + i] = bytes[at + i] as number;
        engine.digestInto(message, message.length, leaf, 0);
        visited++;
        if (wholeThread !== undefined) wholeThread.add(bytes, at, 0, leaf);
        else (whole as RootSink).addHashedBytes(bytes, at, leaf);
        if (stratumNo === null) return;
        if (thread !== undefined) thread.add(bytes, at, stratumNo, leaf);
        else (byStratum[stratumNo] as RootSink).addHashedBytes(bytes, at, leaf);
      };
      if (attempt === 0 && log !== undefined && order !== undefined) {
        const bytes = log.bytes;
        for (let i = 0; i < order.length; i++) {
          const no = order[i] as number;
          if (i > 0 && log.compare(order[i - 1] as number, no) === 0) duplicates.add(log.idAt(no));
          visit(bytes, no * REGISTER_ID_LENGTH, log.stratumOf(no));
          // Lets the server answer other requests now and then.
          if (i % YIELD_EVERY === YIELD_EVERY - 1) {
            await wholeThread?.drain();
            await thread?.drain();
            await new Promise<void>((resolve) => setImmediate(resolve));
          }
        }
      } else {
        await indexed;
        let previous = '';
        const bytes = new Uint8Array(REGISTER_ID_LENGTH);
        await scanRegisterIds(
          repository,
          importNo,
          (id, stratumNo) => {
            if (id === previous) duplicates.add(id);
            previous = id;
            if (id.length !== REGISTER_ID_LENGTH)
              throw new Error('a register id has 16 characters');
            for (let i = 0; i < REGISTER_ID_LENGTH; i++) {
              const code = id.charCodeAt(i);
              if (code > 0x7f) throw new Error('a register id is ASCII');
              bytes[i] = code;
            }
            visit(bytes, 0, stratumNo);
          },
          options.pageIds,
          async () => {
            await wholeThread?.drain();
            await thread?.drain();
          },
        );
        // Paging skips a duplicate that straddles two pages; the count then falls short.
        if (duplicates.size === 0 && visited !== rows)
          for (const id of repository.duplicateIds(importNo)) duplicates.add(id);
      }
      if (duplicates.size > 0) await Promise.all(threadsToStop.map((t) => t.stop()));
      if (duplicates.size > 0 && attempt < 5) {
        await indexed;
        db.transaction(() => {
          for (const id of duplicates) repository.redrawDuplicates(importNo, id, newId);
        })();
        redrawn += duplicates.size;
        continue;
      }
      if (duplicates.size > 0) throw new Error('register ids kept colliding: the CSPRNG is broken');
      await indexed;
      writerToClose = undefined;
      const [wholeDone, fromThread] = await Promise.all([wholeThread?.finish(), thread?.finish()]);
      threadsToStop = [];
      const committed = names.map((name, stratumNo) => {
        const done = fromThread?.[stratumNo];
        if (done !== undefined) return { stratumNo, name, size: done.size, root: done.root };
        const tree = byStratum[stratumNo] as RootSink;
        return { stratumNo, name, size: tree.size, root: tree.rootHex() };
      });
      const root = wholeDone?.[0]?.root ?? (whole as RootSink).rootHex();
      db.transaction(() => repository.finishImport(importNo, rows, root, committed, now()))();
      progress.phase = 'done';
      tell();
      const summary = repository.current(options.processId);
      return {
        importNo,
        rowCount: rows,
        root,
        strata: summary?.strata ?? [],
        ignoredColumns: columns?.ignored ?? [],
        redrawn,
        trees: {
          whole: wholeDone?.[0]?.tree ?? (whole instanceof RegisterProofTree ? whole : undefined),
          strata: new Map(
            names.flatMap((name, no) => {
              const tree = fromThread?.[no]?.tree ?? byStratum[no];
              return tree instanceof RegisterProofTree ? [[name, tree] as const] : [];
            }),
          ),
        },
      };
    }
  } catch (error) {
    await Promise.all(threadsToStop.map((t) => t.stop().catch(() => {})));
    // Every batch sent is written (or failed) before the import's table is dropped.
    await writerToClose?.close().catch(() => {});
    // The input is left as it is: an HTTP upload must still be drained for its answer to be read.
    db.transaction(() => repository.dropImport(importNo))();
    throw error;
  }
}

async function* countBytes(
  input: AsyncIterable<Uint8Array>,
  count: (n: number) => void,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of input) {
    count(chunk.length);
    yield chunk;
  }
}

/**
 * The delimiter that splits the header most, outside quotes: comma, semicolon or tab (as the volunteers'
 * import: French spreadsheets export with semicolons). Reads only as far as the first line break.
 */
async function detectDelimiter(source: Readable): Promise<{ delimiter: string; stream: Readable }> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const head: Buffer[] = [];
  let length = 0;
  for (;;) {
    const next = await iterator.next();
    if (next.done === true) break;
    head.push(next.value);
    length += next.value.length;
    if (next.value.includes(10) || length > 1 << 20) break;
  }
  const start = Buffer.concat(head);
  const firstLine = start.subarray(0, start.includes(10) ? start.indexOf(10) : start.length);
  const unquoted = firstLine.toString('utf8').replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, unquoted.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  async function* rest(): AsyncGenerator<Buffer> {
    if (start.length > 0) yield start;
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) return;
      yield next.value;
    }
  }
  return { delimiter: best[1] > 0 ? best[0] : ',', stream: Readable.from(rest()) };
}
