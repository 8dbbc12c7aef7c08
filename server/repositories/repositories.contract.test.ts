// One contract for every repository of a private table (the tldraw way: one suite of shared expectations
// run against each implementation). For each repository: a fresh database reads back empty; what it
// writes reads back; one process's (or call's) rows never show through another's; a rollback leaves
// nothing in its table; and, for a table holding personal data, erasure leaves none of it in the table.

import { describe, expect, it } from 'vitest';
import { checkApplication, type ApplicationForm } from '../../shared/calls/applicationForm';
import { Review } from '../../shared/calls/review';
import type { AssessmentLevel } from '../../shared/dossier/dossier';
import { openDatabase, type Db } from '../db/openDatabase';
import { sampleApplication } from '../testing/callFixture';
import type { Clock } from '../ports';
import { createAccountLinksRepository } from './accountLinksRepository';
import { createAccountsRepository } from './accountsRepository';
import { createApplicationsRepository } from './applicationsRepository';
import { createAuditTrail } from './auditTrailRepository';
import { createBallotsRepository } from './ballotsRepository';
import { createConflictReasonsRepository } from './conflictReasonsRepository';
import { createDeclineReasonsRepository } from './declineReasonsRepository';
import { createDemoProcesses } from './demoProcessesRepository';
import { createFacilitatorAssignments } from './facilitatorAssignmentsRepository';
import { createInvitationRemindersRepository } from './invitationRemindersRepository';
import { createInvitationsRepository } from './invitationsRepository';
import { createJurorNamesRepository } from './jurorNamesRepository';
import { createJurorSessionsRepository } from './jurorSessionsRepository';
import { createProjectorLinksRepository } from './projectorLinksRepository';
import { createRecoveryCodesRepository } from './recoveryCodesRepository';
import { createReviewersRepository } from './reviewersRepository';
import { createReviewsRepository } from './reviewsRepository';
import { createSessionsRepository } from './sessionsRepository';
import { createSettlementsRepository } from './settlementsRepository';
import { createStratificationsRepository } from './stratificationsRepository';
import { createVolunteersRepository } from './volunteersRepository';

interface Contract<R> {
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

const contract = <R>(c: Contract<R>): Contract<unknown> => c as Contract<unknown>;

const form = (id: string): ApplicationForm => {
  const checked = checkApplication(
    sampleApplication(1, {
      leadName: `Porteuse ${id}`,
      email: `porteuse.${id}@example.org`,
      phone: '+33 6 12 34 56 78',
    }),
  );
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.form;
};

const assessed = (level: AssessmentLevel) => ({ level, comment: `Jugé ${level}.` });
const review: Review = Review.parse({
  opinion: 'admissible',
  solidity: assessed('strong'),
  feasibility: assessed('satisfactory'),
  impact: assessed('fragile'),
  supportValue: assessed('strong'),
});

const clock: Clock = { now: () => new Date('2026-03-01T10:00:00Z') };

const contracts: Record<string, Contract<unknown>> = {
  volunteers: contract({
    tables: ['volunteers'],
    create: createVolunteersRepository,
    write: (r, id) =>
      r.replacePool(id, [
        {
          pseudonym: `${id}-b`,
          poolIndex: 1,
          line: 3,
          name: `Bea ${id}`,
          email: `bea.${id}@example.org`,
          phone: null,
          attributes: { region: 'Bretagne' },
          language: 'en',
        },
        {
          pseudonym: `${id}-a`,
          poolIndex: 0,
          line: 2,
          name: `Ada ${id}`,
          email: `ada.${id}@example.org`,
          phone: '+33 6 00 00 00 01',
          attributes: { region: 'Occitanie' },
          language: 'fr',
        },
      ]),
    read: (r, id) => ({
      contacts: r.contacts(id),
      one: r.contact(id, `${id}-b`) ?? null,
      pseudonyms: r.pseudonyms(id),
      pool: r.pool(id),
    }),
    written: (id) => ({
      contacts: [
        {
          pseudonym: `${id}-a`,
          poolIndex: 0,
          name: `Ada ${id}`,
          email: `ada.${id}@example.org`,
          language: 'fr',
        },
        {
          pseudonym: `${id}-b`,
          poolIndex: 1,
          name: `Bea ${id}`,
          email: `bea.${id}@example.org`,
          language: 'en',
        },
      ],
      one: {
        pseudonym: `${id}-b`,
        poolIndex: 1,
        name: `Bea ${id}`,
        email: `bea.${id}@example.org`,
        language: 'en',
      },
      pseudonyms: [`${id}-a`, `${id}-b`],
      pool: [
        { id: `${id}-a`, line: 2, attributes: { region: 'Occitanie' } },
        { id: `${id}-b`, line: 3, attributes: { region: 'Bretagne' } },
      ],
    }),
    empty: { contacts: [], one: null, pseudonyms: [], pool: [] },
    erasure: {
      erase: (r, id) => {
        const { erased, emails } = r.erase(id);
        expect(erased).toBe(2);
        expect(emails).toEqual([`ada.${id}@example.org`, `bea.${id}@example.org`]);
        // The pseudonyms and pool positions are public: they stay.
        expect(r.pseudonyms(id)).toEqual([`${id}-a`, `${id}-b`]);
      },
      personal: (id) => [`Ada ${id}`, `ada.${id}@`, '+33 6 00 00 00 01', 'Occitanie', 'Bretagne'],
    },
  }),

  invitations: contract({
    tables: ['invitations'],
    create: createInvitationsRepository,
    write: (r, id) => {
      r.record(`hash-${id}-1`, { processId: id, seat: 2, pseudonym: 'p1' }, '2026-01-02T00:00:00Z');
      r.record(`hash-${id}-2`, { processId: id, seat: 2, pseudonym: 'p1' }, '2026-01-01T00:00:00Z');
    },
    read: (r, id) => ({
      link: r.findByTokenHash(`hash-${id}-1`) ?? null,
      firstSentAt: r.firstSentAt(id, 2, 'p1') ?? null,
    }),
    written: (id) => ({
      link: { processId: id, seat: 2, pseudonym: 'p1' },
      firstSentAt: '2026-01-01T00:00:00Z',
    }),
    empty: { link: null, firstSentAt: null },
  }),

  ballots: contract({
    tables: ['ballots'],
    create: createBallotsRepository,
    write: (r, id) => {
      const ballot = { dossierId: 'd1', round: 1, grades: { c1: 'good' }, nonce: 'aa' };
      r.save(id, 3, ballot, 'seal-old', '2026-01-01T00:00:00Z');
      // A later ballot for the same seat, dossier and round replaces the earlier one.
      r.save(id, 3, { ...ballot, grades: { c1: 'very-good' }, nonce: 'bb' }, 'seal-3', 'later');
      r.save(id, 1, { ...ballot, grades: { c1: 'fair' }, nonce: 'cc' }, 'seal-1', 'later');
    },
    read: (r, id) => ({
      mine: r.find(id, 3, 'd1', 1) ?? null,
      seats: r.seatsThatVoted(id, 'd1', 1),
      sealed: r.sealedBallots(id),
    }),
    written: () => ({
      mine: { dossierId: 'd1', round: 1, grades: { c1: 'very-good' }, nonce: 'bb' },
      seats: [1, 3],
      sealed: [
        { dossierId: 'd1', round: 1, seat: 1, grades: { c1: 'fair' }, seal: 'seal-1' },
        { dossierId: 'd1', round: 1, seat: 3, grades: { c1: 'very-good' }, seal: 'seal-3' },
      ],
    }),
    empty: { mine: null, seats: [], sealed: [] },
  }),

  'juror names': contract({
    tables: ['juror_names'],
    create: createJurorNamesRepository,
    write: (r, id) => {
      r.set(id, 2, 'Cam');
      r.set(id, 2, `Camille ${id}`);
      r.set(id, 1, `Dom ${id}`);
    },
    read: (r, id) => r.names(id),
    written: (id) => ({ '1': `Dom ${id}`, '2': `Camille ${id}` }),
    empty: {},
    erasure: {
      erase: (r, id) => expect(r.erase(id)).toBe(2),
      personal: (id) => [`Camille ${id}`, `Dom ${id}`],
    },
  }),

  'decline reasons': contract({
    tables: ['decline_reasons'],
    create: createDeclineReasonsRepository,
    write: (r, id) => {
      r.record(id, { seat: 4, id: 'p4', reason: `Trop loin ${id}`, declinedAt: '2026-01-02' });
      r.record(id, { seat: 1, id: 'p1', reason: `Malade ${id}`, declinedAt: '2026-01-01' });
    },
    read: (r, id) => r.list(id),
    written: (id) => [
      { seat: 1, id: 'p1', reason: `Malade ${id}`, declinedAt: '2026-01-01' },
      { seat: 4, id: 'p4', reason: `Trop loin ${id}`, declinedAt: '2026-01-02' },
    ],
    empty: [],
    erasure: {
      erase: (r, id) => expect(r.erase(id)).toBe(2),
      personal: (id) => [`Malade ${id}`, `Trop loin ${id}`],
    },
  }),

  'conflict reasons': contract({
    tables: ['conflict_reasons'],
    create: createConflictReasonsRepository,
    write: (r, id) => {
      r.record(id, 2, 'd1', 'professional');
      r.record(id, 2, 'd2', 'other');
      r.record(id, 3, 'd1', 'family-or-friend');
      r.remove(id, 2, 'd2');
    },
    read: (r, id) => r.categories(id),
    written: () => ({ '2': { d1: 'professional' }, '3': { d1: 'family-or-friend' } }),
    empty: {},
    erasure: {
      erase: (r, id) => expect(r.erase(id)).toBe(2),
      personal: () => ['professional', 'family-or-friend'],
    },
  }),

  'projector links': contract({
    tables: ['projector_links'],
    create: createProjectorLinksRepository,
    write: (r, id) => {
      r.replace(id, `old-${id}`, '2026-01-01');
      r.replace(id, `new-${id}`, '2026-01-02');
    },
    read: (r, id) => ({
      current: r.processOf(`new-${id}`) ?? null,
      replaced: r.processOf(`old-${id}`) ?? null,
    }),
    written: (id) => ({ current: id, replaced: null }),
    empty: { current: null, replaced: null },
  }),

  'invitation reminders': contract({
    tables: ['invitation_reminders'],
    create: createInvitationRemindersRepository,
    write: (r, id) => r.record(id, 5, 'p5', '2026-01-03'),
    read: (r, id) => [r.wasReminded(id, 5, 'p5'), r.wasReminded(id, 5, 'someone-else')],
    written: () => [true, false],
    empty: [false, false],
  }),

  'juror sessions': contract({
    tables: ['juror_sessions'],
    create: createJurorSessionsRepository,
    write: (r, id) => {
      r.insert(`s1-${id}`, { processId: id, seat: 1, pseudonym: 'p1' }, '2026-01-01');
      r.insert(`s2-${id}`, { processId: id, seat: 1, pseudonym: 'p1' }, '2026-01-01');
      r.insert(`s3-${id}`, { processId: id, seat: 2, pseudonym: 'p2' }, '2026-01-01');
      expect(r.revokeSeat(id, 2, '2026-01-02')).toBe(1);
    },
    read: (r, id) => ({
      open: r.findActive(`s1-${id}`) ?? null,
      revoked: r.findActive(`s3-${id}`) ?? null,
      active: r.activeBySeat(id),
    }),
    written: (id) => ({
      open: { processId: id, seat: 1, pseudonym: 'p1' },
      revoked: null,
      active: { '1': 2 },
    }),
    empty: { open: null, revoked: null, active: {} },
    erasure: {
      erase: (r, id) => expect(r.erase(id)).toBe(3),
      personal: (id) => [`s1-${id}`, `s2-${id}`, `s3-${id}`],
    },
  }),

  sessions: contract({
    tables: ['sessions'],
    create: createSessionsRepository,
    // `id` is the account here: sessions belong to accounts.
    write: (r, id) => {
      const session = { accountId: id, createdAt: 't1', expiresAt: 't9', userAgent: 'Firefox' };
      r.insert(`h1-${id}`, { ...session, id: `s1-${id}` });
      r.insert(`h2-${id}`, { ...session, id: `s2-${id}`, createdAt: 't2' });
      r.insert(`h3-${id}`, { ...session, id: `s3-${id}`, expiresAt: 't3' });
      r.insert(`h4-${id}`, { ...session, id: `s4-${id}` });
      r.markSeen(`h2-${id}`, 't5');
      r.remove(`h4-${id}`);
      expect(r.purgeExpired('t4')).toBe(1);
    },
    read: (r, id) => ({
      one: r.findByTokenHash(`h2-${id}`) ?? null,
      live: r.liveOf(id, 't4').map((session) => session.id),
    }),
    written: (id) => ({
      one: {
        id: `s2-${id}`,
        accountId: id,
        createdAt: 't2',
        lastSeenAt: 't5',
        expiresAt: 't9',
        userAgent: 'Firefox',
      },
      live: [`s2-${id}`, `s1-${id}`],
    }),
    empty: { one: null, live: [] },
  }),

  'demo processes': contract({
    tables: ['demo_processes'],
    create: createDemoProcesses,
    write: (r, id) =>
      r.atomically(() => {
        r.mark({ processId: id, drandRound: 42, secretFile: `/tmp/${id}.secret` });
        r.mark({ processId: `${id}-b`, drandRound: 43, secretFile: 'f', organiserSecret: 'ab' });
      }),
    read: (r, id) => [r.find(id) ?? null, r.find(`${id}-b`) ?? null, r.isDemo(id)],
    written: (id) => [
      { processId: id, drandRound: 42, secretFile: `/tmp/${id}.secret` },
      { processId: `${id}-b`, drandRound: 43, secretFile: 'f', organiserSecret: 'ab' },
      true,
    ],
    empty: [null, null, false],
  }),

  'facilitator assignments': contract({
    tables: ['process_facilitators'],
    create: (db) => createFacilitatorAssignments(db, clock),
    write: (r, id) => {
      r.replace(id, ['old'], 'admin');
      r.replace(id, [`acc-${id}`, `acc-${id}`, 'acc-shared'], 'admin');
    },
    read: (r, id) => ({
      facilitators: r.facilitatorsOf(id).sort(),
      mine: r.processesFacilitatedBy(`acc-${id}`),
      old: r.isFacilitatorOf('old', id),
      current: r.isFacilitatorOf(`acc-${id}`, id),
    }),
    written: (id) => ({
      facilitators: [`acc-${id}`, 'acc-shared'].sort(),
      mine: [id],
      old: false,
      current: true,
    }),
    empty: { facilitators: [], mine: [], old: false, current: false },
  }),

  accounts: contract({
    tables: ['accounts'],
    create: createAccountsRepository,
    // `id` is the account's id here.
    write: (r, id) => {
      r.insert({
        id,
        email: `${id}@Example.org`,
        displayName: '',
        passwordHash: null,
        roles: ['organiser'],
        language: 'en',
        createdAt: 't0',
      });
      r.setPassword(id, 'scrypt-hash', `Nom ${id}`);
      r.setRoles(id, ['organiser', 'facilitator']);
      r.setTotp(id, 'sealed', 't1');
      r.setTotpStep(id, 7);
      r.disable(id, 't2');
      // Disabled once: a second stamp does not move the date.
      r.disable(id, 't3');
    },
    read: (r, id) => ({
      byId: r.find(id) ?? null,
      byEmail: r.findByEmail(`${id}@example.ORG`)?.id ?? null,
      listed: r.all().some((account) => account.id === id),
    }),
    written: (id) => ({
      byId: {
        id,
        email: `${id}@Example.org`,
        display_name: `Nom ${id}`,
        password_hash: 'scrypt-hash',
        roles: '["organiser","facilitator"]',
        language: 'en',
        totp_secret: 'sealed',
        totp_enabled_at: 't1',
        totp_last_step: 7,
        created_at: 't0',
        disabled_at: 't2',
      },
      byEmail: id,
      listed: true,
    }),
    empty: { byId: null, byEmail: null, listed: false },
  }),

  'account links': contract({
    tables: ['account_links'],
    create: createAccountLinksRepository,
    // `id` is the account here.
    write: (r, id) => {
      const link = { accountId: id, createdBy: 'admin', createdAt: 't0', expiresAt: 't9' };
      r.insert(`invite-${id}`, { ...link, kind: 'invitation' });
      r.insert(`reset-${id}`, { ...link, kind: 'reset' });
      expect(r.spend(`invite-${id}`, 't1')).toBe(true);
      expect(r.spend(`invite-${id}`, 't2')).toBe(false);
      r.spendAllOf(id, 't3');
    },
    read: (r, id) => [
      r.findByTokenHash(`invite-${id}`) ?? null,
      r.findByTokenHash(`reset-${id}`)?.usedAt ?? null,
    ],
    written: (id) => [
      {
        kind: 'invitation',
        accountId: id,
        createdBy: 'admin',
        createdAt: 't0',
        expiresAt: 't9',
        usedAt: 't1',
      },
      't3',
    ],
    empty: [null, null],
  }),

  'recovery codes': contract({
    tables: ['recovery_codes'],
    create: createRecoveryCodesRepository,
    // `id` is the account here.
    write: (r, id) => {
      r.replace(id, ['old-1']);
      r.replace(id, [`c1-${id}`, `c2-${id}`]);
      expect(r.spend(id, `c1-${id}`, 't1')).toBe(true);
    },
    // Codes are only ever spent, so reading is spending: each expectation reads once.
    read: (r, id) => ({
      replaced: r.spend(id, 'old-1', 't9'),
      spent: r.spend(id, `c1-${id}`, 't9'),
      unspent: r.spend(id, `c2-${id}`, 't9'),
    }),
    written: () => ({ replaced: false, spent: false, unspent: true }),
    empty: { replaced: false, spent: false, unspent: false },
  }),

  'audit trail': contract({
    tables: ['audit_trail'],
    create: (db) => createAuditTrail(db, clock),
    // `id` is the account here; the trail is read whole, newest first.
    write: (r, id) => {
      r.record(id, 'account.create', 'x');
      r.record(id, 'process.create');
    },
    read: (r, id) =>
      r
        .latest()
        .filter((row) => row.accountId === id)
        .map(({ at, accountId, action, target }) => ({ at, accountId, action, target })),
    written: (id) => [
      { at: '2026-03-01T10:00:00.000Z', accountId: id, action: 'process.create', target: '' },
      { at: '2026-03-01T10:00:00.000Z', accountId: id, action: 'account.create', target: 'x' },
    ],
    empty: [],
  }),

  stratifications: contract({
    tables: ['stratifications'],
    create: createStratificationsRepository,
    write: (r, id) => {
      r.saveQuotas(id, { file: 'q.csv', json: '{"v":1}', poolRoot: 'root', importedAt: 't0' });
      const lottery = { text: 'L', digest: 'D', stoppedEarly: true, computedAt: 't1' };
      // A lottery computed from replaced quotas is not stored.
      expect(r.saveLottery(id, '{"v":0}', lottery)).toBe(false);
      expect(r.saveLottery(id, '{"v":1}', lottery)).toBe(true);
    },
    read: (r, id) => r.find(id) ?? null,
    written: () => ({
      quotasFile: 'q.csv',
      quotasJson: '{"v":1}',
      poolRoot: 'root',
      importedAt: 't0',
      lottery: 'L',
      lotteryDigest: 'D',
      stoppedEarly: true,
      computedAt: 't1',
    }),
    empty: null,
  }),

  applications: contract({
    tables: ['applications', 'application_links'],
    create: createApplicationsRepository,
    write: (r, id) => {
      r.insert({
        callId: id,
        ref: 'A-1',
        tokenHash: `first-${id}`,
        leadName: `Porteuse ${id}`,
        email: `porteuse.${id}@example.org`,
        phone: '+33 6 12 34 56 78',
        form: form(id),
        nameKey: `name-${id}`,
        descriptionKey: `description-${id}`,
        submittedAt: '2026-01-01',
        language: 'en',
      });
      r.addLink(`later-${id}`, id, 'A-1', '2026-01-05');
    },
    read: (r, id) => ({
      byFirstLink: r.findByTokenHash(`first-${id}`) ?? null,
      byLaterLink: r.findByTokenHash(`later-${id}`)?.ref ?? null,
      byRef: r.find(id, 'A-1')?.ref ?? null,
      all: r.all(id).map((a) => a.ref),
      sameName: r.refWithNameKey(id, `name-${id}`) ?? null,
      sameDescription: r.refWithDescriptionKey(id, `description-${id}`) ?? null,
    }),
    written: (id) => ({
      byFirstLink: {
        callId: id,
        ref: 'A-1',
        leadName: `Porteuse ${id}`,
        email: `porteuse.${id}@example.org`,
        form: form(id),
        submittedAt: '2026-01-01',
        language: 'en',
      },
      byLaterLink: 'A-1',
      byRef: 'A-1',
      all: ['A-1'],
      sameName: 'A-1',
      sameDescription: 'A-1',
    }),
    empty: {
      byFirstLink: null,
      byLaterLink: null,
      byRef: null,
      all: [],
      sameName: null,
      sameDescription: null,
    },
    erasure: {
      erase: (r, id) => {
        expect(r.erase(id)).toEqual({ erased: 1, emails: [`porteuse.${id}@example.org`] });
        // The project itself is what the jury judged: it stays.
        expect(r.find(id, 'A-1')?.form.projectName).toBe(form(id).projectName);
      },
      personal: (id) => [`Porteuse ${id}`, `porteuse.${id}@`, '+33 6 12 34 56 78'],
    },
  }),

  reviewers: contract({
    tables: ['reviewers'],
    create: createReviewersRepository,
    write: (r, id) => {
      r.insert(
        { callId: id, reviewerId: 'R2', name: `Rémi ${id}`, email: `remi.${id}@x.fr` },
        `t2-${id}`,
        't',
      );
      r.insert(
        { callId: id, reviewerId: 'R1', name: `Rita ${id}`, email: `rita.${id}@x.fr` },
        `t1-${id}`,
        't',
      );
    },
    read: (r, id) => ({
      byLink: r.findByTokenHash(`t2-${id}`) ?? null,
      all: r.ofCall(id).map((reviewer) => reviewer.reviewerId),
    }),
    written: (id) => ({
      byLink: { callId: id, reviewerId: 'R2', name: `Rémi ${id}`, email: `remi.${id}@x.fr` },
      all: ['R1', 'R2'],
    }),
    empty: { byLink: null, all: [] },
    erasure: {
      erase: (r, id) =>
        expect(r.erase(id)).toEqual({ erased: 2, emails: [`rita.${id}@x.fr`, `remi.${id}@x.fr`] }),
      personal: (id) => [`Rémi ${id}`, `Rita ${id}`, `remi.${id}@`, `rita.${id}@`],
    },
  }),

  reviews: contract({
    tables: ['reviews'],
    create: createReviewsRepository,
    write: (r, id) => {
      r.save(id, 'A-1', 'R1', { ...review, impact: assessed('insufficient') }, 't0');
      r.save(id, 'A-1', 'R1', review, 't1');
      r.save(id, 'A-2', 'R2', review, 't1');
    },
    read: (r, id) =>
      [...r.byRef(id)].map(([ref, byReviewer]) => [ref, Object.fromEntries(byReviewer)]),
    written: () => [
      ['A-1', { R1: review }],
      ['A-2', { R2: review }],
    ],
    empty: [],
  }),

  settlements: contract({
    tables: ['settlements'],
    create: createSettlementsRepository,
    write: (r, id) => {
      r.insert(id, 'A-1', { reasonText: `Retenu ${id}`, assessment: null });
      r.insert(id, 'A-2', {
        reasonText: 'Retenu, évalué',
        assessment: {
          solidity: assessed('strong'),
          feasibility: assessed('strong'),
          impact: assessed('strong'),
          supportValue: assessed('fragile'),
        },
      });
    },
    read: (r, id) => [r.find(id, 'A-1') ?? null, r.find(id, 'A-2') ?? null],
    written: (id) => [
      { reasonText: `Retenu ${id}`, assessment: null },
      {
        reasonText: 'Retenu, évalué',
        assessment: {
          solidity: assessed('strong'),
          feasibility: assessed('strong'),
          impact: assessed('strong'),
          supportValue: assessed('fragile'),
        },
      },
    ],
    empty: [null, null],
  }),
};

const rowsOf = (db: Db, tables: string[]): unknown[] =>
  tables.flatMap((table) => db.prepare(`SELECT * FROM ${table}`).all());

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

/** The rows of one process or call in the repository's tables. */
const rowsOfScope = (db: Db, tables: string[], id: string): unknown[] =>
  (rowsOf(db, tables) as Record<string, unknown>[]).filter(
    (row) => row.process_id === id || row.call_id === id,
  );

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
