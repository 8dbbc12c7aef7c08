import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import drand from '../../fixtures/vectors/drand-quicknet.json';
import { sha256HexOfText } from '../../shared/crypto/hash';
import { KleroterionError, ErrorCode } from '../../shared/errors';
import { largestRemainder } from '../../shared/invitations/allocation';
import { verifyInvitations } from '../../shared/invitations/verifyInvitations';
import { commitmentHashOf } from '../../shared/lottery/seed';
import { verifyRecord } from '../../shared/lottery/verifyRecord';
import { recordedRoundsSource } from '../beacon/recordedRounds';
import { openDatabase, type Db } from '../db/openDatabase';
import { createMailQueue } from '../mail/mailQueue';
import type { Log, Random } from '../ports';
import { importRegister } from '../register/registerImport';
import { createRegistrationCodes } from './registrationCodes';
import { createRegistrationService } from './registrationService';

// Round 1000 of drand quicknet is produced at 2023-08-23T15:59:24Z: commit before, reveal after.
const ROUND = 1000;
const BEFORE = new Date('2023-08-23T15:50:00Z');
const AFTER = new Date('2023-08-23T16:05:00Z');
const signatureOf = (round: number) =>
  drand.rounds.find((r) => r.round === round)?.signature as string;

const random: Random = { bytes: (n) => new Uint8Array(randomBytes(n)) };
const log = { info: () => undefined, warn: () => undefined, error: () => undefined } as Log;
const HEADER = 'civilité;nom;prénoms;adresse 1;code postal;commune;courriel;departement';

/** A register of `sizes[i]` rows in stratum `names[i]`. */
function registerCsv(strata: Record<string, number>): Buffer {
  const lines = [HEADER];
  let n = 0;
  for (const [name, size] of Object.entries(strata))
    for (let i = 0; i < size; i++, n++)
      lines.push(`Mme;Nom${n};Prénom${n};${n} rue des Lilas;75011;Paris;;${name}`);
  return Buffer.from(`${lines.join('\n')}\n`);
}

async function setUp(options: { stratified: boolean; sizes?: Record<string, number> }) {
  const db = openDatabase(':memory:');
  const csv = registerCsv(options.sizes ?? { '13': 5, '69': 9, '75': 16 });
  await importRegister(db, Readable.from([csv]), {
    processId: 'p1',
    fileName: 'registre.csv',
    stratumColumn: options.stratified ? 'departement' : undefined,
    totalBytes: csv.length,
  });
  let now = BEFORE;
  const clock = { now: () => now };
  const service = createRegistrationService({
    db,
    clock,
    random,
    mailQueue: createMailQueue(db, clock),
    publicUrl: () => 'https://jury.example.fr',
    log,
    pool: {
      requireTitle: () => 'Convention citoyenne',
      importRegisteredPool: () => undefined,
    },
    drand: { minDelaySeconds: 0, source: recordedRoundsSource(drand.rounds) },
  });
  return { db, service, later: () => (now = AFTER) };
}

async function codeOf(run: () => unknown): Promise<string | undefined> {
  try {
    await run();
  } catch (error) {
    return error instanceof KleroterionError ? error.code : String(error);
  }
  return undefined;
}

/** Every row of the stage-one tables, to prove that a refusal changed nothing. */
function snapshot(db: Db): string {
  return ['stage_one_ceremonies', 'stage_one_reveals', 'stage_one_draws', 'stage_one_invitees']
    .map((t) => JSON.stringify(db.prepare(`SELECT * FROM ${t}`).all()))
    .join('\n');
}

describe('stage one drawn in the console', () => {
  it('commit → reveal → draw over a stratified register: the record verifies and its picks are kept', async () => {
    const { db, service, later } = await setUp({ stratified: true });
    const ceremony = service.ceremony;
    const before = snapshot(db);
    expect(await codeOf(() => ceremony.draw('p1'))).toBe(ErrorCode.TransitionRefused);
    expect(await codeOf(() => ceremony.reveal('p1', { source: 0, value: 'x' }))).toBe(
      ErrorCode.TransitionRefused,
    );
    expect(snapshot(db)).toBe(before);

    const { ceremony: committed, organiserSecret } = ceremony.commit('p1', {
      invitations: 7,
      witnesses: [],
      drandRound: ROUND,
    });
    expect(organiserSecret).toMatch(/^[0-9a-f]{64}$/);
    // Only the secret's hash is kept.
    expect(snapshot(db)).not.toContain(organiserSecret);
    expect(snapshot(db)).toContain(sha256HexOfText(organiserSecret));
    expect(committed.step).toBe('committed');
    const expected = largestRemainder(7, [
      { name: '13', poolSize: 5 },
      { name: '69', poolSize: 9 },
      { name: '75', poolSize: 16 },
    ]);
    expect(committed.commitment?.allocation).toBe('proportional');
    expect(committed.commitment?.strata.map((s) => s.invitations)).toEqual(expected);

    // Public at once: the hash, and the canonical commitment that hashes to it.
    const open = ceremony.publicCommitment('p1');
    expect(open).toMatchObject({ invitations: 7, drandRound: ROUND, isDrawn: false });
    const file = ceremony.commitmentFile('p1');
    expect(file.endsWith('\n')).toBe(true);
    expect(commitmentHashOf(JSON.parse(file))).toBe(open?.commitmentHash);
    expect(open?.commitmentHash).toBe(committed.commitment?.commitmentHash);

    // Wrong steps and a wrong secret change nothing; nor may an uploaded record replace the committed draw.
    const afterCommit = snapshot(db);
    expect(
      await codeOf(() =>
        service.acceptStageOne('p1', Buffer.from('{"protocol":"kleroterion-draw/1"}')),
      ),
    ).toBe(ErrorCode.TransitionRefused);
    expect(
      await codeOf(() =>
        ceremony.commit('p1', { invitations: 7, witnesses: [], drandRound: ROUND }),
      ),
    ).toBe(ErrorCode.TransitionRefused);
    expect(await codeOf(() => ceremony.draw('p1'))).toBe(ErrorCode.TransitionRefused);
    expect(await codeOf(() => ceremony.reveal('p1', { source: 0, value: 'not the secret' }))).toBe(
      ErrorCode.RevealMismatch,
    );
    // The round does not exist yet: the server cannot fetch it.
    expect(await codeOf(() => ceremony.reveal('p1', { source: 1 }))).toBe(
      ErrorCode.DrandUnavailable,
    );
    expect(await codeOf(() => ceremony.reveal('p1', { source: 1, value: 'x' }))).toBe(
      ErrorCode.ValidationFailed,
    );
    expect(await codeOf(() => ceremony.reveal('p1', { source: 5, value: 'x' }))).toBe(
      ErrorCode.ValidationFailed,
    );
    expect(snapshot(db)).toBe(afterCommit);

    expect((await ceremony.reveal('p1', { source: 0, value: organiserSecret })).step).toBe(
      'committed',
    );
    expect(await codeOf(() => ceremony.reveal('p1', { source: 0, value: organiserSecret }))).toBe(
      ErrorCode.TransitionRefused,
    );
    later();
    const revealed = await ceremony.reveal('p1', { source: 1 });
    expect(revealed.step).toBe('revealed');
    expect(revealed.revealed.map((r) => r.source)).toEqual([0, 1]);

    const drawn = await ceremony.draw('p1');
    expect(drawn.step).toBe('drawn');
    expect(drawn.drawn?.invitations).toBe(7);
    expect(drawn.drawn?.byStratum).toEqual(
      ['13', '69', '75'].map((stratum, i) => ({ stratum, invited: expected[i] })),
    );
    const record = JSON.parse(service.stageOneRecordFile('p1')) as {
      protocol: string;
      commitmentHash: string;
      values: unknown[];
      beacons: { round: number; signature: string }[];
      strata: { selection: { id: string }[] }[];
    };
    expect(record.protocol).toBe('kleroterion-invitations/1');
    expect(record.commitmentHash).toBe(open?.commitmentHash);
    expect(record.values[0]).toBe(organiserSecret);
    expect(record.beacons).toEqual([{ source: 1, round: ROUND, signature: signatureOf(ROUND) }]);
    const report = verifyInvitations(record);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.ok).toBe(true);
    // The picks kept are the record's, as for an uploaded record.
    const view = service.view('p1');
    expect(view.stageOne).toEqual({ protocol: 'kleroterion-invitations/1', invitations: 7 });
    const picked = record.strata.flatMap((s) => s.selection.map((p) => p.id)).sort();
    const kept = db
      .prepare('SELECT register_id FROM stage_one_invitees ORDER BY register_id')
      .pluck()
      .all() as string[];
    expect(kept).toEqual(picked);
    expect(ceremony.publicCommitment('p1')?.isDrawn).toBe(true);

    const afterDraw = snapshot(db);
    expect(await codeOf(() => ceremony.draw('p1'))).toBe(ErrorCode.AlreadyDrawn);
    expect(await codeOf(() => ceremony.reveal('p1', { source: 1 }))).toBe(
      ErrorCode.TransitionRefused,
    );
    expect(snapshot(db)).toBe(afterDraw);
  });

  it('draws an unstratified register with kleroterion-draw/1, seats = k, no alternates; a silent optional witness counts as null', async () => {
    const { service, later } = await setUp({ stratified: false, sizes: { '': 12 } });
    const ceremony = service.ceremony;
    const { organiserSecret, ceremony: committed } = ceremony.commit('p1', {
      invitations: 4,
      witnesses: [{ label: 'Huissier', commitment: sha256HexOfText('w'), optional: true }],
      drandRound: ROUND,
    });
    expect(committed.commitment).toMatchObject({
      protocol: 'kleroterion-draw/1',
      invitations: 4,
      allocation: null,
      strata: [],
    });
    await ceremony.reveal('p1', { source: 0, value: organiserSecret });
    later();
    // The signature pasted by hand, in capitals and with blanks, as the jury draw takes it.
    await ceremony.reveal('p1', { source: 2, signature: ` ${signatureOf(ROUND).toUpperCase()} ` });
    await ceremony.draw('p1');
    const record = JSON.parse(service.stageOneRecordFile('p1')) as {
      commitment: { seats: number; alternates: number };
      values: unknown[];
      selection: unknown[];
    };
    expect(record.commitment).toMatchObject({ seats: 4, alternates: 0 });
    expect(record.values).toEqual([organiserSecret, null, expect.any(String)]);
    expect(record.selection).toHaveLength(4);
    expect(verifyRecord(record).ok).toBe(true);
    expect(service.view('p1').responses).toEqual([{ stratum: '', invited: 4, registered: 0 }]);
  });

  it('takes a set allocation summing to k, and refuses a wrong one, k above the register, or no register, storing nothing', async () => {
    const { db, service } = await setUp({ stratified: true });
    const ceremony = service.ceremony;
    const commit = (input: Parameters<typeof ceremony.commit>[1]) => () =>
      ceremony.commit('p1', input);
    const base = { witnesses: [], drandRound: ROUND };
    const before = snapshot(db);
    expect(
      await codeOf(
        commit({
          ...base,
          invitations: 6,
          allocation: [
            { name: '13', invitations: 1 },
            { name: '69', invitations: 1 },
            { name: '75', invitations: 1 },
          ],
        }),
      ),
    ).toBe(ErrorCode.InvalidArgument);
    expect(
      await codeOf(
        commit({
          ...base,
          invitations: 2,
          allocation: [
            { name: '13', invitations: 1 },
            { name: '92', invitations: 1 },
          ],
        }),
      ),
    ).toBe(ErrorCode.InvalidArgument);
    expect(
      await codeOf(
        commit({
          ...base,
          invitations: 6,
          allocation: [
            { name: '13', invitations: 6 },
            { name: '69', invitations: 0 },
            { name: '75', invitations: 0 },
          ],
        }),
      ),
    ).toBe(ErrorCode.InvalidArgument);
    expect(await codeOf(commit({ ...base, invitations: 31 }))).toBe(ErrorCode.InvalidArgument);
    // A round already produced when committing is refused, by the jury draw's rule.
    expect(await codeOf(commit({ witnesses: [], drandRound: 2, invitations: 3 }))).toBe(
      ErrorCode.ValidationFailed,
    );
    expect(snapshot(db)).toBe(before);
    const { ceremony: committed } = ceremony.commit('p1', {
      ...base,
      invitations: 6,
      allocation: [
        { name: '75', invitations: 1 },
        { name: '13', invitations: 5 },
        { name: '69', invitations: 0 },
      ],
    });
    expect(committed.commitment?.allocation).toBe('set');
    expect(committed.commitment?.strata.map((s) => s.invitations)).toEqual([5, 0, 1]);

    const empty = openDatabase(':memory:');
    const noRegister = createRegistrationService({
      db: empty,
      clock: { now: () => BEFORE },
      random,
      mailQueue: createMailQueue(empty, { now: () => BEFORE }),
      publicUrl: () => 'https://jury.example.fr',
      log,
      pool: { requireTitle: () => 'T', importRegisteredPool: () => undefined },
      drand: { minDelaySeconds: 0 },
    });
    expect(await codeOf(() => noRegister.ceremony.commit('p1', { ...base, invitations: 1 }))).toBe(
      ErrorCode.TransitionRefused,
    );
  });

  it('is refused once codes are issued for the stage one kept', async () => {
    const { db, service } = await setUp({ stratified: true });
    createRegistrationCodes(db, { now: () => BEFORE }, random).issue('p1', ['ANYREGISTERID000']);
    const before = snapshot(db);
    expect(
      await codeOf(() =>
        service.ceremony.commit('p1', { invitations: 3, witnesses: [], drandRound: ROUND }),
      ),
    ).toBe(ErrorCode.TransitionRefused);
    expect(await codeOf(() => service.ceremony.draw('p1'))).toBe(ErrorCode.TransitionRefused);
    expect(service.ceremony.view('p1')).toMatchObject({ step: 'open', isLocked: true });
    expect(snapshot(db)).toBe(before);
  });
});
