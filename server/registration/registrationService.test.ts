import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import drawVector from '../../fixtures/vectors/kleroterion-draw-1.json';
import vector from '../../fixtures/vectors/kleroterion-invitations-1.json';
import { drawInvitations } from '../../shared/invitations/draw';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { drawRecord } from '../../shared/lottery/drawRecord';
import { buildMerkleTree, poolRootHex } from '../../shared/lottery/merkle';
import { openDatabase, type Db } from '../db/openDatabase';
import { createMailQueue } from '../mail/mailQueue';
import type { Clock, Log, Random } from '../ports';
import { importRegister } from '../register/registerImport';
import { createRegistrationCodes } from './registrationCodes';
import { createRegistrationService, type RegistrationInput } from './registrationService';

const clock: Clock = { now: () => new Date('2026-12-05T09:00:00Z') };
const random: Random = { bytes: (n) => new Uint8Array(randomBytes(n)) };
const lines: string[] = [];
const log = {
  info: (fields: unknown, message: string) => lines.push(JSON.stringify([fields, message])),
  warn: () => undefined,
  error: () => undefined,
} as unknown as Log;
const SAMPLE = readFileSync(
  new URL('../../fixtures/register/register-sample.csv', import.meta.url),
);

async function setUp() {
  const db = openDatabase(':memory:');
  await importRegister(db, Readable.from([SAMPLE]), {
    processId: 'p1',
    fileName: 'registre.csv',
    stratumColumn: 'departement',
    totalBytes: SAMPLE.length,
  });
  const pooled: { ids: string[]; columns: readonly string[] }[] = [];
  const service = createRegistrationService({
    db,
    clock,
    random,
    mailQueue: createMailQueue(db, clock),
    publicUrl: () => 'https://jury.example.fr',
    log,
    pool: {
      requireTitle: () => 'Convention citoyenne',
      importRegisteredPool: (_id, rows, columns) =>
        pooled.push({ ids: rows.map((row) => row.pseudonym), columns }),
    },
    drand: { minDelaySeconds: 0 },
  });
  return { db, service, pooled, record: stageOneRecord(db) };
}

/** A kleroterion-invitations/1 draw over the imported register's strata, two invitations each. */
function stageOneRecord(db: Db) {
  const strata = db
    .prepare('SELECT name, size, root, stratum_no FROM register_strata ORDER BY name')
    .all() as { name: string; size: number; root: string; stratum_no: number }[];
  const pools = new Map(
    strata.map((s) => {
      const ids = (
        db
          .prepare('SELECT pseudo_id FROM register_rows_1 WHERE stratum_no = ? ORDER BY pseudo_id')
          .pluck()
          .all(s.stratum_no) as string[]
      ).slice();
      return [s.name, { ids, tree: buildMerkleTree(ids) }];
    }),
  );
  return drawInvitations({
    commitment: {
      protocol: 'kleroterion-invitations/1',
      invitations: 2 * strata.length,
      allocation: 'set',
      strata: strata.map((s) => ({
        name: s.name,
        poolRoot: s.root,
        poolSize: s.size,
        invitations: 2,
      })),
      sources: vector.commitment.sources,
    },
    pools,
    values: vector.values,
    beacons: [],
  });
}

function capture() {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { out, bytes: () => Buffer.concat(chunks) };
}

const person = (code: string, over: Partial<RegistrationInput> = {}): RegistrationInput => ({
  code,
  eligible: true,
  consent: true,
  name: 'Claire Martin',
  email: 'claire@example.org',
  attributes: { genre: 'femme' },
  language: 'fr',
  ...over,
});

const errorCode = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof KleroterionError ? error.code : String(error);
  }
  return undefined;
};

function snapshot(db: Db): string {
  return ['registrations', 'registration_codes', 'registration_forms']
    .map((t) => JSON.stringify(db.prepare(`SELECT * FROM ${t}`).all()))
    .join('\n');
}

describe('registration service', () => {
  it('issue → redeem → close: the pool ids are exactly the redeemed register ids', async () => {
    const { db, service, record } = await setUp();
    service.acceptStageOne('p1', Buffer.from(JSON.stringify(record)));
    service.saveForm('p1', "J'ai 16 ans ou plus", [
      { category: 'genre', values: ['femme', 'homme', 'autre'] },
    ]);
    const { out, bytes } = capture();
    const letters = service.issueLetters('p1', {
      description: 'Une convention.',
      organiserName: 'Ville de Paris',
    });
    expect(letters.letters).toBe(6);
    await letters.write(out);
    expect(bytes().subarray(0, 5).toString()).toBe('%PDF-');
    expect(service.view('p1').codes).toEqual({ issued: 6, used: 0 });
    expect(service.view('p1').stageOne).toEqual({
      protocol: 'kleroterion-invitations/1',
      invitations: 6,
    });
    // The mails queued in the same transaction, one per invitee with an e-mail in the register.
    const picked = record.strata.flatMap((s) => s.selection.map((p) => p.id));
    const withEmail = db
      .prepare(
        `SELECT COUNT(*) FROM register_rows_1 WHERE pseudo_id IN (${picked.map(() => '?').join(',')}) AND contact LIKE '%@%'`,
      )
      .pluck()
      .get(...picked) as number;
    expect(db.prepare('SELECT COUNT(*) FROM mail_queue').pluck().get()).toBe(withEmail);
    expect(lines.join('\n')).not.toMatch(/@|Martin|rue/);
  });

  it('registers with a fresh code once, refuses a used, unknown or malformed one and writes nothing then', async () => {
    const { db, service, pooled, record } = await setUp();
    service.acceptStageOne('p1', Buffer.from(JSON.stringify(record)));
    service.saveForm('p1', "J'ai 16 ans ou plus", [
      { category: 'genre', values: ['femme', 'homme', 'autre'] },
    ]);
    // The plain codes go into the letters only: issue them here through the codes module itself.
    const picked = record.strata.flatMap((s) => s.selection.map((p) => p.id));
    const { issued } = createRegistrationCodes(db, clock, random).issue('p1', picked);
    const [first, second] = issued;
    service.register(person(first!.code));
    service.register(person(second!.code.toLowerCase(), { attributes: { genre: 'autre' } }));
    const before = snapshot(db);
    expect(errorCode(() => service.register(person(first!.code)))).toBe(
      ErrorCode.RegistrationCodeUsed,
    );
    expect(errorCode(() => service.register(person('0000-0000-0000-0000-0000-0000-0000')))).toBe(
      ErrorCode.RegistrationCodeUnknown,
    );
    expect(errorCode(() => service.register(person('ABC')))).toBe(
      ErrorCode.RegistrationCodeMalformed,
    );
    const third = issued[2]!.code;
    expect(errorCode(() => service.register(person(third, { attributes: { genre: 'x' } })))).toBe(
      ErrorCode.InvalidArgument,
    );
    expect(errorCode(() => service.register(person(third, { eligible: false })))).toBe(
      ErrorCode.InvalidArgument,
    );
    expect(errorCode(() => service.register(person(third, { consent: false })))).toBe(
      ErrorCode.InvalidArgument,
    );
    expect(snapshot(db)).toBe(before);

    const view = service.close('p1');
    expect(pooled).toHaveLength(1);
    expect(pooled[0]!.ids.sort()).toEqual([first!.registerId, second!.registerId].sort());
    expect(pooled[0]!.columns).toEqual(['genre']);
    expect(view.responses.reduce((n, s) => n + s.invited, 0)).toBe(6);
    expect(view.responses.reduce((n, s) => n + s.registered, 0)).toBe(2);
    expect(view.form?.closedAt).not.toBeNull();
    expect(errorCode(() => service.register(person(third)))).toBe(ErrorCode.TransitionRefused);
  });

  it('refuses a doctored stage-one record, or one over another register, naming the check', async () => {
    const { service, record } = await setUp();
    const doctored = structuredClone(record);
    doctored.strata[0]!.selection[0]!.id = doctored.strata[1]!.selection[0]!.id;
    expect(() => service.acceptStageOne('p1', Buffer.from(JSON.stringify(doctored)))).toThrow(
      /check \d+ \(/,
    );
    expect(service.view('p1').stageOne).toBeNull();
    // The same file imported again gets fresh ids: the record's roots are not this register's.
    const again = await setUp();
    expect(() => again.service.acceptStageOne('p1', Buffer.from(JSON.stringify(record)))).toThrow(
      /root or size is not the register's/,
    );
    const db2 = openDatabase(':memory:');
    const withoutRegister = createRegistrationService({
      db: db2,
      clock,
      random,
      mailQueue: createMailQueue(db2, clock),
      publicUrl: () => 'https://jury.example.fr',
      log,
      pool: { requireTitle: () => 't', importRegisteredPool: () => undefined },
      drand: { minDelaySeconds: 0 },
    });
    expect(
      errorCode(() => withoutRegister.acceptStageOne('p1', Buffer.from(JSON.stringify(record)))),
    ).toBe(ErrorCode.TransitionRefused);
  });

  it('checks every address before issuing any code: a bad one issues and mails nothing', async () => {
    const { db, service, record } = await setUp();
    service.acceptStageOne('p1', Buffer.from(JSON.stringify(record)));
    service.saveForm('p1', "J'ai 16 ans ou plus", []);
    const last = record.strata.at(-1)!.selection.at(-1)!.id;
    // A line longer than NF Z 10-011's 38 characters, written behind the import's back.
    const contact = db
      .prepare('SELECT contact FROM register_rows_1 WHERE pseudo_id = ?')
      .pluck()
      .get(last) as string;
    const fields = contact.split('\u001f');
    fields[3] = 'x'.repeat(45);
    db.prepare('UPDATE register_rows_1 SET contact = ? WHERE pseudo_id = ?').run(
      fields.join('\u001f'),
      last,
    );
    expect(() => service.issueLetters('p1', { description: 'd', organiserName: 'o' })).toThrow(
      /Letter [1-6]: the address's line 2 has 45 characters/,
    );
    expect(service.view('p1').codes).toEqual({ issued: 0, used: 0 });
    expect(db.prepare('SELECT COUNT(*) FROM mail_queue').pluck().get()).toBe(0);
  });

  it('takes an unstratified stage one drawn with kleroterion-draw/1 over the whole register', async () => {
    const db = openDatabase(':memory:');
    await importRegister(db, Readable.from([SAMPLE]), {
      processId: 'p1',
      fileName: 'registre.csv',
      stratumColumn: undefined,
      totalBytes: SAMPLE.length,
    });
    const service = createRegistrationService({
      db,
      clock,
      random,
      mailQueue: createMailQueue(db, clock),
      publicUrl: () => 'https://jury.example.fr',
      log,
      pool: { requireTitle: () => 't', importRegisteredPool: () => undefined },
      drand: { minDelaySeconds: 0 },
    });
    const ids = db
      .prepare('SELECT pseudo_id FROM register_rows_1 ORDER BY pseudo_id')
      .pluck()
      .all() as string[];
    const record = drawRecord({
      commitment: {
        protocol: 'kleroterion-draw/1',
        poolRoot: poolRootHex(ids),
        poolSize: ids.length,
        seats: 3,
        alternates: 0,
        sources: drawVector.commitment.sources.slice(0, 2),
      },
      canonicalIds: ids,
      tree: buildMerkleTree(ids),
      values: drawVector.values.slice(0, 2),
      beacons: [],
    });
    const view = service.acceptStageOne('p1', Buffer.from(JSON.stringify(record)));
    expect(view.stageOne).toEqual({ protocol: 'kleroterion-draw/1', invitations: 3 });
    expect(view.responses).toEqual([{ stratum: '', invited: 3, registered: 0 }]);
    // A pool that is not the register's is refused.
    const other = drawRecord({
      commitment: {
        protocol: 'kleroterion-draw/1',
        poolRoot: poolRootHex(ids.slice(1)),
        poolSize: ids.length - 1,
        seats: 3,
        alternates: 0,
        sources: drawVector.commitment.sources.slice(0, 2),
      },
      canonicalIds: ids.slice(1),
      tree: buildMerkleTree(ids.slice(1)),
      values: drawVector.values.slice(0, 2),
      beacons: [],
    });
    expect(() => service.acceptStageOne('p1', Buffer.from(JSON.stringify(other)))).toThrow(
      /not made over the register in use/,
    );
  });
});
