// The contracts of the jury's private tables: volunteers, invitations, ballots and the room's, demo processes, stratifications.

import { expect } from 'vitest';
import { createBallotsRepository } from '../ballotsRepository';
import { createConflictReasonsRepository } from '../conflictReasonsRepository';
import { createDeclineReasonsRepository } from '../declineReasonsRepository';
import { createDemoProcesses } from '../demoProcessesRepository';
import { createInvitationRemindersRepository } from '../invitationRemindersRepository';
import { createInvitationsRepository } from '../invitationsRepository';
import { createJurorNamesRepository } from '../jurorNamesRepository';
import { createJurorSessionsRepository } from '../jurorSessionsRepository';
import { createProjectorLinksRepository } from '../projectorLinksRepository';
import { createStratificationsRepository } from '../stratificationsRepository';
import { createVolunteersRepository } from '../volunteersRepository';
import { contract, type Contract } from './repositoryContract';

export const JURY_TABLES: Record<string, Contract<unknown>> = {
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
};
