// The contracts of the accounts' private tables: sessions, facilitator assignments, accounts, links, recovery codes, audit trail.

import { expect } from 'vitest';
import type { Clock } from '../../ports';
import { createAccountLinksRepository } from '../accountLinksRepository';
import { createAccountsRepository } from '../accountsRepository';
import { createAuditTrail } from '../auditTrailRepository';
import { createFacilitatorAssignments } from '../facilitatorAssignmentsRepository';
import { createRecoveryCodesRepository } from '../recoveryCodesRepository';
import { createSessionsRepository } from '../sessionsRepository';
import { contract, type Contract } from './repositoryContract';

const clock: Clock = { now: () => new Date('2026-03-01T10:00:00Z') };

export const ACCOUNT_TABLES: Record<string, Contract<unknown>> = {
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
};
