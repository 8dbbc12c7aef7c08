// The contract every repository of a private table is held to (server/repositories/*.contract.test.ts):
// what a repository writes reads back, one process's or call's rows never show through another's, a
// rolled-back transaction leaves nothing, and erasure leaves none of the erased personal data.

import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/openDatabase';

export interface Contract<R> {
  /** The table(s) the repository owns: the rollback expectation counts their rows. */
  tables: string[];
  create(db: Db): R;
  /** Writes sample rows for one process or call (`id`); the same `id` always writes the same rows. */
  write(repository: R, id: string): void;
  /** Reads back everything `write` wrote for `id`. */
  read(repository: R, id: string): unknown;
  /** What `read` returns after `write(id)`. */
  written(id: string): unknown;
  /** What `read` returns when nothing was written for `id`. */
  empty: unknown;
  /** For a table holding personal data: erases `id`'s, and the strings that must then be gone. */
  erasure?: { erase(repository: R, id: string): void; personal(id: string): string[] };
}

export const contract = <R>(c: Contract<R>): Contract<unknown> => c as Contract<unknown>;

const rowsOf = (db: Db, tables: string[]): unknown[] =>
  tables.flatMap((table) => db.prepare(`SELECT * FROM ${table}`).all());

/** The rows of one process or call in the repository's tables. */
const rowsOfScope = (db: Db, tables: string[], id: string): unknown[] =>
  (rowsOf(db, tables) as Record<string, unknown>[]).filter(
    (row) => row.process_id === id || row.call_id === id,
  );

/** Runs the contract's expectations on each repository of `contracts`, named by its key. */
export function holdToContract(contracts: Record<string, Contract<unknown>>): void {
  describe.each(Object.entries(contracts))('the %s repository', (_name, c) => {
    const fresh = () => {
      const db = openDatabase(':memory:');
      return { db, repository: c.create(db) };
    };

    it('reads back empty from a fresh database', () => {
      const { repository } = fresh();
      expect(c.read(repository, 'p-1')).toEqual(c.empty);
    });

    it('reads back what it wrote', () => {
      const { repository } = fresh();
      c.write(repository, 'p-1');
      expect(c.read(repository, 'p-1')).toEqual(c.written('p-1'));
    });

    it('keeps each process or call to itself', () => {
      const { repository } = fresh();
      c.write(repository, 'p-1');
      expect(c.read(repository, 'p-2')).toEqual(c.empty);
      c.write(repository, 'p-2');
      expect(c.read(repository, 'p-1')).toEqual(c.written('p-1'));
      expect(c.read(repository, 'p-2')).toEqual(c.written('p-2'));
    });

    it('leaves nothing behind when the caller’s transaction rolls back', () => {
      const { db, repository } = fresh();
      const failing = db.transaction(() => {
        c.write(repository, 'p-1');
        expect(rowsOf(db, c.tables).length).toBeGreaterThan(0);
        throw new Error('the event append failed');
      });
      expect(failing).toThrow('the event append failed');
      expect(rowsOf(db, c.tables)).toEqual([]);
      expect(c.read(repository, 'p-1')).toEqual(c.empty);
    });
  });

  const erasing = Object.entries(contracts).filter(([, c]) => c.erasure !== undefined);

  describe.each(erasing)('the %s repository, holding personal data', (_name, c) => {
    it('erases the personal data of one process or call, and nobody else’s', () => {
      const db = openDatabase(':memory:');
      const repository = c.create(db);
      const erasure = c.erasure!;
      c.write(repository, 'p-1');
      c.write(repository, 'p-2');
      const before = JSON.stringify(rowsOfScope(db, c.tables, 'p-1'));
      for (const text of erasure.personal('p-1')) expect(before).toContain(text);
      erasure.erase(repository, 'p-1');
      const after = JSON.stringify(rowsOfScope(db, c.tables, 'p-1'));
      for (const text of erasure.personal('p-1')) expect(after).not.toContain(text);
      expect(c.read(repository, 'p-2')).toEqual(c.written('p-2'));
    });
  });
}
