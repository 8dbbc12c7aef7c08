import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { bytesToHex } from '../../shared/crypto/bytes';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import {
  auditPathHex,
  buildMerkleTree,
  leafHash,
  poolRootHex,
  verifyInclusion,
} from '../../shared/lottery/merkle';
import { StreamingMerkleRoot } from '../../shared/lottery/merkleStream';
import { assertValidId } from '../../shared/lottery/poolId';
import { openDatabase, type Db } from '../db/openDatabase';
import { createRegisterRepository } from '../repositories/registerRepository';
import { importRegister, type RegisterProgress } from './registerImport';
import { REGISTER_ID, registerIdFromBytes } from './registerIds';
import { strataThread } from './registerStrata';
import type * as StrataModule from './registerStrata';
import { loadRegisterProofTrees, RegisterProofTree } from './registerTree';

// The strata thread, spied on (it still runs): tests see whether an import used it.
vi.mock('./registerStrata', async (original) => {
  const actual = await original<typeof StrataModule>();
  return { ...actual, strataThread: vi.fn(actual.strataThread) };
});

const SAMPLE = readFileSync(
  new URL('../../fixtures/register/register-sample.csv', import.meta.url),
);
const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
/** A stream in small chunks, so that rows and multi-byte characters straddle chunk boundaries. */
const chunked = (bytes: Uint8Array, size = 7) =>
  Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += size) yield Buffer.from(bytes.subarray(i, i + size));
    })(),
  );

/** Every value stored in the database's tables other than the import's private rows table. */
function publicTablesText(db: Db): string {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'register_rows_%'`,
    )
    .pluck()
    .all() as string[];
  return tables.map((t) => JSON.stringify(db.prepare(`SELECT * FROM "${t}"`).all())).join('\n');
}

async function importSample(db: Db, text: string | Uint8Array, stratumColumn?: string) {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  return importRegister(db, chunked(bytes), {
    processId: 'p1',
    fileName: 'registre.csv',
    stratumColumn,
    totalBytes: bytes.length,
  });
}

describe('register import', () => {
  it('stores each row under a fresh well-formed id, commits roots equal to the pool files’ roots', async () => {
    const db = openDatabase(':memory:');
    const seen: RegisterProgress[] = [];
    const summary = await importRegister(db, chunked(SAMPLE), {
      processId: 'p1',
      fileName: 'register-sample.csv',
      stratumColumn: 'departement',
      totalBytes: SAMPLE.length,
      onProgress: (p) => seen.push(p),
    });
    expect(summary.rowCount).toBe(8);
    expect(summary.ignoredColumns).toEqual(['date de naissance']);
    expect(seen.at(-1)).toMatchObject({ phase: 'done', rowsRead: 8, bytesRead: SAMPLE.length });

    const repository = createRegisterRepository(db);
    const ids: [string, number | null][] = repository.idPage(summary.importNo)('', 100);
    expect(ids).toHaveLength(8);
    const plain = ids.map(([id]) => id);
    expect(new Set(plain).size).toBe(8);
    for (const id of plain) {
      expect(id).toMatch(REGISTER_ID);
      expect(() => assertValidId(id)).not.toThrow();
    }
    expect([...plain].sort(byteOrder)).toEqual(plain);
    expect(summary.root).toBe(poolRootHex(plain));

    // Strata: sizes and roots over each stratum's ids, in canonical order of their names.
    const names = repository.strataNames(summary.importNo);
    expect(summary.strata.map((s) => [s.name, s.size])).toEqual([
      ['13', 2],
      ['69', 3],
      ['75', 3],
    ]);
    for (const stratum of summary.strata) {
      const members = ids
        .filter(([, no]) => names.get(no as number) === stratum.name)
        .map(([id]) => id);
      expect(stratum.root).toBe(poolRootHex(members));
    }

    // Contact data reads back from the private table, and nowhere else.
    const contacts = repository.contacts(summary.importNo, plain);
    const claire = contacts.find((c) => c.lastName === 'Martin');
    expect(claire).toMatchObject({
      civility: 'Mme',
      firstNames: 'Claire Anne',
      address: ['12 rue des Lilas', 'Bâtiment B', '', ''],
      postcode: '75011',
      city: 'Paris',
      email: 'claire.martin@example.org',
      stratum: '75',
      line: 2,
    });
    const elsewhere = publicTablesText(db);
    for (const word of ['Martin', 'Lilas', 'claire.martin', 'Marseille', '1980-04-02'])
      expect(elsewhere).not.toContain(word);
    expect(JSON.stringify(summary)).not.toMatch(/Martin|Lilas|Paris/);
    // The birth dates (an ignored column) are stored nowhere.
    const privateRows = JSON.stringify(
      db.prepare(`SELECT * FROM register_rows_${summary.importNo}`).all(),
    );
    expect(privateRows).toContain('Lilas');
    expect(privateRows).not.toContain('1980-04-02');
  });

  it('writes through a writer thread into a database file, the same rows and roots', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'register-test-'));
    try {
      const db = openDatabase(dir);
      const summary = await importSample(db, SAMPLE, 'departement');
      const ids = createRegisterRepository(db)
        .idPage(summary.importNo)('', 100)
        .map(([id]) => id);
      expect(ids).toHaveLength(8);
      expect(summary.root).toBe(poolRootHex(ids));
      expect(createRegisterRepository(db).contacts(summary.importNo, ids)).toHaveLength(8);
      // A failed import through the thread leaves nothing either.
      await expect(importSample(db, 'nom;adresse;cp;ville\nA;1 rue;;Paris\n')).rejects.toThrow(
        /REQUIRED|code postal/,
      );
      expect(createRegisterRepository(db).current('p1')?.root).toBe(summary.root);
      expect(
        db
          .prepare(`SELECT count(*) FROM sqlite_master WHERE name LIKE 'register_rows_%'`)
          .pluck()
          .get(),
      ).toBe(2); // the import's table and its index
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('accepts commas and a BOM, without a stratum column', async () => {
    const db = openDatabase(':memory:');
    const text =
      '\uFEFFnom,adresse,cp,ville\nDurand,1 rue A,29200,Brest\nRoux,2 rue B,29200,Brest\n';
    const summary = await importSample(db, text);
    expect(summary.rowCount).toBe(2);
    expect(summary.strata).toEqual([]);
  });

  it('replaces the previous register only once the new one is complete', async () => {
    const db = openDatabase(':memory:');
    const first = await importSample(db, SAMPLE, 'departement');
    await expect(importSample(db, 'nom;adresse;cp;ville\nA;1 rue;75001;\n')).rejects.toThrow();
    expect(createRegisterRepository(db).current('p1')?.root).toBe(first.root);
    const second = await importSample(db, 'nom;adresse;cp;ville\nA;1 rue;75001;Paris\n');
    expect(createRegisterRepository(db).current('p1')?.root).toBe(second.root);
    const tables = db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'register_rows_%'`,
      )
      .pluck()
      .all();
    expect(tables).toEqual([`register_rows_${second.importNo}`]);
  });

  it('names the bad line and field with a stable code, and leaves nothing', async () => {
    const db = openDatabase(':memory:');
    const lines = SAMPLE.toString('utf8').split('\n');
    lines[3] = lines[3]!.replace('13001', '13 001 000 000'); // the third data row, file line 4
    lines[5] = lines[5]!.replace('sophie.bernard@example.org', 'sophie.bernard@'); // file line 6
    const failure = await importSample(db, lines.join('\n'), 'departement').catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(KleroterionError);
    const error = failure as KleroterionError;
    expect(error.code).toBe(ErrorCode.RegisterInvalid);
    expect(error.details.total).toBe(2);
    expect(error.details.problems).toEqual([
      expect.objectContaining({ line: 4, column: 6, field: 'code postal', code: 'INVALID' }),
      expect.objectContaining({ line: 6, column: 8, field: 'courriel', code: 'INVALID' }),
    ]);
    // No contact data in the message.
    expect(error.message).not.toContain('sophie');
    expect(createRegisterRepository(db).current('p1')).toBeUndefined();
    expect(
      db
        .prepare(`SELECT count(*) FROM sqlite_master WHERE name LIKE 'register_rows_%'`)
        .pluck()
        .get(),
    ).toBe(0);
    expect(db.prepare('SELECT count(*) FROM register_imports').pluck().get()).toBe(0);
  });

  it.each([
    [
      'a missing required column',
      'nom;adresse;ville\nA;1 rue;Paris\n',
      undefined,
      'MISSING_COLUMN',
      1,
    ],
    [
      'an unknown stratum column',
      'nom;adresse;cp;ville\nA;1 rue;75001;Paris\n',
      'dept',
      'MISSING_STRATUM_COLUMN',
      1,
    ],
    [
      'an empty stratum',
      'nom;adresse;cp;ville;dept\nA;1 rue;75001;Paris;\n',
      'dept',
      'REQUIRED',
      2,
    ],
    [
      'a short row',
      'nom;adresse;cp;ville\nA;1 rue;75001;Paris\nB;2 rue\n',
      undefined,
      'FIELD_COUNT',
      3,
    ],
    ['a header only', 'nom;adresse;cp;ville\n', undefined, 'NO_ROWS', 2],
    ['an empty file', '', undefined, 'EMPTY_FILE', 1],
    [
      'an unclosed quote',
      'nom;adresse;cp;ville\nA;"1 rue;75001;Paris\n',
      undefined,
      'CSV_SYNTAX',
      undefined,
    ],
    [
      'a quote inside an unquoted field',
      'nom;adresse;cp;ville\nA;1 r"ue;75001;Paris\n',
      undefined,
      'CSV_SYNTAX',
      2,
    ],
  ])('refuses %s', async (_, text, stratum, code, line) => {
    const db = openDatabase(':memory:');
    const error = (await importSample(db, text, stratum).catch(
      (e: unknown) => e,
    )) as KleroterionError;
    expect(error.code).toBe(ErrorCode.RegisterInvalid);
    expect(error.details.problems?.[0]?.code).toBe(code);
    if (line !== undefined) expect(error.details.problems?.[0]?.line).toBe(line);
    // Nothing of the file's rows is quoted back.
    expect(JSON.stringify(error.details)).not.toMatch(/1 rue|Paris/);
    expect(db.prepare('SELECT count(*) FROM register_imports').pluck().get()).toBe(0);
  });

  it('refuses bytes that are not UTF-8, naming the line', async () => {
    const db = openDatabase(':memory:');
    const bytes = Buffer.concat([
      Buffer.from('nom;adresse;cp;ville\nA;1 rue;75001;Paris\nB;2 rue;75001;'),
      Buffer.from([0xe9]),
      Buffer.from('vry\n'),
    ]);
    const error = (await importSample(db, bytes).catch((e: unknown) => e)) as KleroterionError;
    expect(error.details.problems?.[0]).toMatchObject({ line: 3, code: 'INVALID_UTF8' });
  });

  it('redraws ids that collide, keeping them unique', async () => {
    const db = openDatabase(':memory:');
    const forced = ['AAAAAAAAAAAAAAAA', 'AAAAAAAAAAAAAAAA', 'BBBBBBBBBBBBBBBB'];
    let n = 0;
    const summary = await importRegister(db, chunked(SAMPLE), {
      processId: 'p1',
      fileName: 'x.csv',
      newId: () => forced[n++] ?? registerIdFromBytes(new Uint8Array(10).fill(n)),
    });
    // The first two rows got the same id: one of them was given a new one.
    expect(summary.redrawn).toBe(1);
    const ids = createRegisterRepository(db)
      .idPage(summary.importNo)('', 100)
      .map(([id]) => id);
    expect(new Set(ids).size).toBe(8);
    expect(summary.root).toBe(poolRootHex(ids));
  });

  it('finds a collision that straddles two pages of ids', async () => {
    const db = openDatabase(':memory:');
    let n = 0;
    const summary = await importRegister(db, chunked(SAMPLE), {
      processId: 'p1',
      fileName: 'x.csv',
      newId: () => (n++ < 2 ? 'CCCCCCCCCCCCCCCC' : registerIdFromBytes(new Uint8Array(10).fill(n))),
      pageIds: 1,
      // The ids read back from the index page by page (in memory, the collision is found at once).
      idsInMemory: false,
    });
    expect(summary.redrawn).toBe(1);
    const ids = createRegisterRepository(db)
      .idPage(summary.importNo)('', 100)
      .map(([id]) => id);
    expect(new Set(ids).size).toBe(8);
    expect(summary.root).toBe(poolRootHex(ids));
  });

  it('commits the same roots from the ids logged in memory as from the index, and finds collisions there', async () => {
    let n = 0;
    const ids = Array.from({ length: 8 }, (_, i) =>
      registerIdFromBytes(new Uint8Array(10).fill(9 - i)),
    );
    ids[5] = ids[2] as string; // a collision
    const summaries = [];
    for (const idsInMemory of [true, false]) {
      const db = openDatabase(':memory:');
      n = 0;
      summaries.push(
        await importRegister(db, chunked(SAMPLE), {
          processId: 'p1',
          fileName: 'x.csv',
          stratumColumn: 'departement',
          idsInMemory,
          newId: () => ids[n++] ?? registerIdFromBytes(new Uint8Array(10).fill(100 + n)),
        }),
      );
      const stored = createRegisterRepository(db)
        .idPage(summaries[summaries.length - 1]!.importNo)('', 100)
        .map(([id]) => id);
      expect(new Set(stored).size).toBe(8);
    }
    const [memory, index] = summaries;
    expect(memory!.redrawn).toBe(1);
    expect(index!.redrawn).toBe(1);
    expect(memory!.root).toBe(index!.root);
    expect(memory!.strata).toEqual(index!.strata);
  });

  it('builds the trees on threads of their own to the same roots and proof trees as on this one', async () => {
    const results = [];
    for (const onThread of [false, true]) {
      const db = openDatabase(':memory:');
      let n = 0;
      vi.mocked(strataThread).mockClear();
      results.push(
        await importRegister(db, chunked(SAMPLE, 64), {
          processId: 'p1',
          fileName: 'x.csv',
          stratumColumn: 'departement',
          treeThreads: onThread,
          proofTrees: { whole: true, strata: true },
          newId: () => registerIdFromBytes(new Uint8Array(10).fill(n++ * 7)),
        }),
      );
      // One thread for the whole register's tree, one for the strata's.
      expect(vi.mocked(strataThread)).toHaveBeenCalledTimes(onThread ? 2 : 0);
    }
    const [here, there] = results;
    expect(there!.root).toBe(here!.root);
    const whole = there!.trees.whole as RegisterProofTree;
    expect(whole.rootHex()).toBe(here!.root);
    for (let i = 0; i < whole.size; i++)
      expect(whole.proof(i)).toEqual(here!.trees.whole!.proof(i));
    expect(there!.strata).toEqual(here!.strata);
    expect(there!.strata.length).toBeGreaterThan(1);
    for (const { name, root, size } of there!.strata) {
      const tree = there!.trees.strata.get(name) as RegisterProofTree;
      expect(tree.size).toBe(size);
      expect(tree.rootHex()).toBe(root);
      for (let i = 0; i < size; i++) {
        expect(tree.proof(i)).toEqual(here!.trees.strata.get(name)!.proof(i));
        expect(verifyInclusion(tree.idAt(i), i, size, tree.proof(i), root)).toBe(true);
      }
    }
  });

  it('counts lines across empty lines and line breaks inside quoted fields', async () => {
    const db = openDatabase(':memory:');
    const text =
      'nom;adresse;cp;ville;note\n\nA;1 rue;75001;Paris;"deux\nlignes"\n\nB;2 rue;;Paris;x\n';
    const error = (await importSample(db, text).catch((e: unknown) => e)) as KleroterionError;
    expect(error.details.problems).toEqual([
      expect.objectContaining({ line: 6, field: 'code postal', code: 'REQUIRED' }),
    ]);
  });

  it('gives inclusion proofs that verify against the committed roots', async () => {
    const db = openDatabase(':memory:');
    const summary = await importSample(db, SAMPLE, 'departement');
    const repository = createRegisterRepository(db);
    const trees = await loadRegisterProofTrees(repository, 'p1', { whole: true, strata: true });
    const whole = trees.whole as RegisterProofTree;
    expect(whole.rootHex()).toBe(summary.root);
    for (let i = 0; i < whole.size; i++)
      expect(verifyInclusion(whole.idAt(i), i, whole.size, whole.proof(i), summary.root)).toBe(
        true,
      );
    for (const stratum of summary.strata) {
      const tree = trees.strata.get(stratum.name) as RegisterProofTree;
      expect(tree.rootHex()).toBe(stratum.root);
      expect(verifyInclusion(tree.idAt(0), 0, tree.size, tree.proof(0), stratum.root)).toBe(true);
    }
  });
});

describe('streamed roots and proofs', () => {
  const registerIds = (count: number, seed: number) => {
    const ids = new Set<string>();
    let state = seed >>> 0;
    while (ids.size < count) {
      const bytes = new Uint8Array(10);
      for (let i = 0; i < 10; i++) {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
        bytes[i] = state >>> 24;
      }
      ids.add(registerIdFromBytes(bytes));
    }
    return [...ids].sort(byteOrder);
  };

  it('the streamed root is merkle.ts’s root for any size, and proofs match its audit paths', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 700 }), fc.integer(), (size, seed) => {
        const ids = registerIds(size, seed);
        const tree = buildMerkleTree(ids);
        const expected = poolRootHex(ids);
        const stream = new StreamingMerkleRoot();
        const proofTree = new RegisterProofTree(Math.max(1, size >> 3));
        const hashedTree = new RegisterProofTree();
        for (const id of ids) {
          stream.add(id);
          proofTree.add(id);
          hashedTree.addHashed(id, leafHash(id));
        }
        expect(hashedTree.rootHex()).toBe(expected);
        expect(bytesToHex(stream.root())).toBe(expected);
        expect(proofTree.rootHex()).toBe(expected);
        for (const i of [0, size - 1, Math.floor(size / 2), (seed >>> 0) % size]) {
          expect(proofTree.proof(i)).toEqual(auditPathHex(tree, i));
          expect(hashedTree.proof(i)).toEqual(auditPathHex(tree, i));
          expect(verifyInclusion(ids[i]!, i, size, proofTree.proof(i), expected)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('streams non-ASCII ids as merkle.ts hashes them', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), {
          minLength: 1,
          maxLength: 60,
        }),
        (raw) => {
          const ids = raw.filter((s) => s.trim() === s && s.length > 0).sort(byteOrder);
          fc.pre(ids.length > 0);
          const stream = new StreamingMerkleRoot();
          for (const id of ids) stream.add(id);
          expect(bytesToHex(stream.root())).toBe(poolRootHex(ids));
        },
      ),
    );
  });
});
