// The register of a process's stage one: `register_imports`, `register_strata` and, for each import, its own
// table `register_rows_<import_no>` holding every row's contact data (personal data: never logged, never
// published) beside its pseudonymous id. Only ids, sizes and roots leave these tables.
// Every SQL statement on these tables lives here; callers open the transactions.

import type { Db } from '../db/openDatabase';

/** One register row as validated: the contact data and the id the import gave it. */
export interface RegisterRow {
  pseudoId: string;
  /** Index into the import's strata (order of first appearance), or null without a stratum column. */
  stratumNo: number | null;
  line: number;
  civility: string;
  lastName: string;
  firstNames: string;
  address: readonly [string, string, string, string];
  postcode: string;
  city: string;
  email: string;
}

export interface RegisterStratum {
  name: string;
  size: number;
  root: string;
}

export interface RegisterImport {
  importNo: number;
  processId: string;
  fileName: string;
  stratumColumn: string | null;
  rowCount: number;
  root: string;
  startedAt: string;
  finishedAt: string;
  /** In canonical (UTF-8 byte) order of their names. */
  strata: RegisterStratum[];
}

/** The contact data of one row, for letters and e-mails. */
export type RegisterContact = Omit<RegisterRow, 'stratumNo'> & { stratum: string | null };

interface ImportRow {
  import_no: number;
  process_id: string;
  file_name: string;
  stratum_column: string | null;
  row_count: number;
  root: string;
  started_at: string;
  finished_at: string;
}

/** Rows per INSERT statement: fewer calls into SQLite for millions of rows. */
const INSERT_ROWS = 64;
const SEPARATOR = '\u001f';
/** The contact fields stored together, separated by U+001F (control characters are refused in every field). */
export const packRegisterContact = (
  r: Omit<RegisterRow, 'pseudoId' | 'stratumNo' | 'line'>,
): string =>
  [
    r.civility,
    r.lastName,
    r.firstNames,
    r.address[0],
    r.address[1],
    r.address[2],
    r.address[3],
    r.postcode,
    r.city,
    r.email,
  ].join(SEPARATOR);

/** Rows flattened as rowInserter takes them. */
export const flatRegisterRows = (rows: readonly RegisterRow[]): unknown[] =>
  rows.flatMap((r) => [r.pseudoId, r.stratumNo, r.line, packRegisterContact(r)]);

const ROWS_TABLE = /^register_rows_(\d+)$/;
/** The rows table of an import: its number is an integer the database chose, never caller text. */
const rowsTable = (importNo: number): string => {
  if (!Number.isSafeInteger(importNo) || importNo < 1)
    throw new RangeError(`bad import number ${importNo}`);
  return `register_rows_${importNo}`;
};

export function createRegisterRepository(db: Db) {
  const readyImport = db.prepare<[string], ImportRow>(
    `SELECT import_no, process_id, file_name, stratum_column, row_count, root, started_at, finished_at
       FROM register_imports WHERE process_id = ? AND state = 'ready' ORDER BY import_no DESC LIMIT 1`,
  );
  const strataOf = db.prepare<
    [number],
    { stratum_no: number; name: string; size: number; root: string }
  >('SELECT stratum_no, name, size, root FROM register_strata WHERE import_no = ?');
  const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

  return {
    /** Starts an import: its row table, empty and without index (filled in batches, indexed at the end). */
    startImport(processId: string, fileName: string, stratumColumn: string | null, at: string) {
      const { lastInsertRowid } = db
        .prepare(
          `INSERT INTO register_imports (process_id, state, file_name, stratum_column, started_at)
           VALUES (?, 'importing', ?, ?, ?)`,
        )
        .run(processId, fileName, stratumColumn, at);
      const importNo = Number(lastInsertRowid);
      db.exec(
        `CREATE TABLE ${rowsTable(importNo)} (
           pseudo_id TEXT NOT NULL, stratum_no INTEGER, line INTEGER NOT NULL, contact TEXT NOT NULL)`,
      );
      return importNo;
    },

    /**
     * Inserts rows into an import's table (the caller batches them in transactions), given flattened:
     * id, stratum number, line, contact packed by packRegisterContact, and so on (flatRegisterRows).
     * The import's writer thread calls it too, over its own connection.
     */
    rowInserter(importNo: number): (values: readonly unknown[]) => void {
      const table = rowsTable(importNo);
      const sql = (n: number) =>
        `INSERT INTO ${table} (pseudo_id, stratum_no, line, contact) VALUES ${Array.from({ length: n }, () => '(?, ?, ?, ?)').join(', ')}`;
      const many = db.prepare(sql(INSERT_ROWS));
      const one = db.prepare(sql(1));
      return (values) => {
        let i = 0;
        for (; i + INSERT_ROWS * 4 <= values.length; i += INSERT_ROWS * 4)
          many.run(values.slice(i, i + INSERT_ROWS * 4));
        for (; i < values.length; i += 4) one.run(values.slice(i, i + 4));
      };
    },

    /** Indexes an import's ids, once every row is in: the canonical order comes from this index. */
    indexIds(importNo: number): void {
      const table = rowsTable(importNo);
      db.exec(`CREATE INDEX ${table}_ids ON ${table} (pseudo_id, stratum_no)`);
    },

    /**
     * Ids in canonical order (ASCII ids: UTF-8 byte order is SQLite's binary order), a page at a time
     * after `after` (exclusive; '' for the first page), each with its stratum number.
     */
    idPage(importNo: number): (after: string, limit: number) => [string, number | null][] {
      const page = db
        .prepare(
          `SELECT pseudo_id, stratum_no FROM ${rowsTable(importNo)} WHERE pseudo_id > ?
           ORDER BY pseudo_id LIMIT ?`,
        )
        .raw(true);
      return (after, limit) => page.all(after, limit) as [string, number | null][];
    },

    /** Ids held by more than one row (a full scan: only after a collision was seen). */
    duplicateIds(importNo: number): string[] {
      return db
        .prepare(
          `SELECT pseudo_id FROM ${rowsTable(importNo)} GROUP BY pseudo_id HAVING count(*) > 1`,
        )
        .pluck()
        .all() as string[];
    },

    /** Gives the rows sharing an id, all but the first, a new id (a CSPRNG collision: vanishingly rare). */
    redrawDuplicates(importNo: number, duplicate: string, fresh: () => string): void {
      const table = rowsTable(importNo);
      const rowids = db
        .prepare(`SELECT rowid FROM ${table} WHERE pseudo_id = ? ORDER BY rowid`)
        .pluck()
        .all(duplicate) as number[];
      const update = db.prepare(`UPDATE ${table} SET pseudo_id = ? WHERE rowid = ?`);
      for (const rowid of rowids.slice(1)) update.run(fresh(), rowid);
    },

    /** Makes a complete import the process's register, and drops the rows of the one it replaces. */
    finishImport(
      importNo: number,
      rowCount: number,
      root: string,
      strata: readonly (RegisterStratum & { stratumNo: number })[],
      at: string,
    ): void {
      const { process_id: processId } = db
        .prepare('SELECT process_id FROM register_imports WHERE import_no = ?')
        .get(importNo) as { process_id: string };
      const insertStratum = db.prepare(
        'INSERT INTO register_strata (import_no, stratum_no, name, size, root) VALUES (?, ?, ?, ?, ?)',
      );
      for (const s of strata) insertStratum.run(importNo, s.stratumNo, s.name, s.size, s.root);
      const previous = db
        .prepare(`SELECT import_no FROM register_imports WHERE process_id = ? AND state = 'ready'`)
        .pluck()
        .all(processId) as number[];
      for (const old of previous) this.dropImport(old);
      db.prepare(
        `UPDATE register_imports SET state = 'ready', row_count = ?, root = ?, finished_at = ?
         WHERE import_no = ?`,
      ).run(rowCount, root, at, importNo);
    },

    /** Removes an import entirely: its rows table, strata and entry. */
    dropImport(importNo: number): void {
      db.exec(`DROP TABLE IF EXISTS ${rowsTable(importNo)}`);
      db.prepare('DELETE FROM register_strata WHERE import_no = ?').run(importNo);
      db.prepare('DELETE FROM register_imports WHERE import_no = ?').run(importNo);
    },

    /**
     * Erasure: removes every import of the process, rows (the contacts) included. The published stage-one
     * record keeps its roots and sizes, so it still verifies. Returns the rows removed.
     */
    eraseProcess(processId: string): number {
      const imports = db
        .prepare<[string], { import_no: number; row_count: number | null }>(
          'SELECT import_no, row_count FROM register_imports WHERE process_id = ?',
        )
        .all(processId);
      for (const { import_no: importNo } of imports) this.dropImport(importNo);
      return imports.reduce((sum, row) => sum + (row.row_count ?? 0), 0);
    },

    /** Imports left unfinished (a crash mid-import), and rows tables no import owns any more. */
    dropUnfinished(): void {
      const unfinished = db
        .prepare(`SELECT import_no FROM register_imports WHERE state = 'importing'`)
        .pluck()
        .all() as number[];
      for (const importNo of unfinished) this.dropImport(importNo);
      const known = new Set(
        db.prepare('SELECT import_no FROM register_imports').pluck().all() as number[],
      );
      const tables = db
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'register_rows_%'`,
        )
        .pluck()
        .all() as string[];
      for (const name of tables) {
        const no = ROWS_TABLE.exec(name)?.[1];
        if (no !== undefined && !known.has(Number(no)))
          db.exec(`DROP TABLE ${rowsTable(Number(no))}`);
      }
    },

    /** The process's register in use, or undefined before a complete import. */
    current(processId: string): RegisterImport | undefined {
      const row = readyImport.get(processId);
      if (row === undefined) return undefined;
      const strata = strataOf
        .all(row.import_no)
        .map(({ name, size, root }) => ({ name, size, root }))
        .sort((a, b) => byteOrder(a.name, b.name));
      return {
        importNo: row.import_no,
        processId: row.process_id,
        fileName: row.file_name,
        stratumColumn: row.stratum_column,
        rowCount: row.row_count,
        root: row.root,
        startedAt: row.started_at,
        finishedAt: row.finished_at,
        strata,
      };
    },

    /** Stratum names by number, for an import. */
    strataNames(importNo: number): Map<number, string> {
      return new Map(strataOf.all(importNo).map((s) => [s.stratum_no, s.name]));
    },

    /** The contact data behind some ids (letters, e-mails), in no particular order. */
    contacts(importNo: number, ids: readonly string[]): RegisterContact[] {
      const names = this.strataNames(importNo);
      const find = db.prepare<
        [string],
        { stratum_no: number | null; line: number; contact: string }
      >(`SELECT stratum_no, line, contact FROM ${rowsTable(importNo)} WHERE pseudo_id = ?`);
      const found: RegisterContact[] = [];
      for (const pseudoId of ids) {
        const r = find.get(pseudoId);
        if (r === undefined) continue;
        const [civility, lastName, firstNames, a1, a2, a3, a4, postcode, city, email] =
          r.contact.split(SEPARATOR);
        found.push({
          pseudoId,
          stratum: r.stratum_no === null ? null : (names.get(r.stratum_no) ?? null),
          line: r.line,
          civility: civility ?? '',
          lastName: lastName ?? '',
          firstNames: firstNames ?? '',
          address: [a1 ?? '', a2 ?? '', a3 ?? '', a4 ?? ''],
          postcode: postcode ?? '',
          city: city ?? '',
          email: email ?? '',
        });
      }
      return found;
    },
  };
}

export type RegisterRepository = ReturnType<typeof createRegisterRepository>;
