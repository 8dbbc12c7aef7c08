// The contract of stage one's private tables: registration codes, registrations, the console's draw.

import { expect } from 'vitest';
import { createRegistrationCodesRepository } from '../registrationCodesRepository';
import { createRegistrationsRepository } from '../registrationsRepository';
import { createStageOneCeremoniesRepository } from '../stageOneCeremoniesRepository';
import { contract, type Contract } from './repositoryContract';

export const REGISTRATION_TABLES: Record<string, Contract<unknown>> = {
  'registration codes': contract({
    tables: ['registration_codes'],
    create: createRegistrationCodesRepository,
    write: (r, id) => {
      expect(r.issue(id, `reg-${id}-a`, `old-${id}-a`, 't1')).toBe(true);
      expect(r.issue(id, `reg-${id}-b`, `hash-${id}-b`, 't1')).toBe(true);
      expect(r.issue(id, `reg-${id}-c`, `hash-${id}-c`, 't1')).toBe(true);
      // A reprinted letter: a's code changes while unused.
      expect(r.issue(id, `reg-${id}-a`, `hash-${id}-a`, 't2')).toBe(true);
      expect(r.spend(id, `hash-${id}-b`, 't3')).toBe(`reg-${id}-b`);
      expect(r.spend(id, `hash-${id}-b`, 't4')).toBeUndefined();
      // A used code is never replaced.
      expect(r.issue(id, `reg-${id}-b`, `new-${id}-b`, 't5')).toBe(false);
    },
    read: (r, id) => ({
      a: r.findByCodeHash(id, `hash-${id}-a`) ?? null,
      old: r.findByCodeHash(id, `old-${id}-a`) ?? null,
      b: r.findByCodeHash(id, `hash-${id}-b`) ?? null,
      counts: r.countsOf(id),
    }),
    written: (id) => ({
      a: { registerId: `reg-${id}-a`, issuedAt: 't2', usedAt: null },
      old: null,
      b: { registerId: `reg-${id}-b`, issuedAt: 't1', usedAt: 't3' },
      counts: { issued: 3, used: 1 },
    }),
    empty: { a: null, old: null, b: null, counts: { issued: 0, used: 0 } },
    erasure: {
      erase: (r, id) => {
        expect(r.eraseProcess(id)).toBe(3);
      },
      personal: (id) => [`reg-${id}-`, `hash-${id}-`],
    },
  }),
  registrations: contract({
    tables: ['stage_one_draws', 'stage_one_invitees', 'registration_forms', 'registrations'],
    create: createRegistrationsRepository,
    write: (r, id) => {
      r.replaceDraw(id, `{"protocol":"proto-${id}"}`, 't0', [
        { registerId: `A${id}`, stratum: '75' },
        { registerId: `B${id}`, stratum: '75' },
        { registerId: `C${id}`, stratum: '69' },
      ]);
      r.saveForm(id, `Eligible ${id}`, [{ category: 'genre', values: ['femme', 'homme'] }]);
      r.insert(id, {
        registerId: `B${id}`,
        name: `Name ${id}`,
        email: `mail-${id}@example.org`,
        phone: null,
        attributes: { genre: 'femme' },
        language: 'fr',
        registeredAt: 't1',
      });
      expect(r.close(id, 't2')).toBe(true);
      expect(r.close(id, 't3')).toBe(false);
    },
    read: (r, id) => ({
      protocol: r.drawProtocol(id) ?? null,
      invitees: r.inviteeIds(id),
      form: r.form(id) ?? null,
      registrations: r.all(id),
      responses: r.responsesByStratum(id),
    }),
    written: (id) => ({
      protocol: `proto-${id}`,
      invitees: [`A${id}`, `B${id}`, `C${id}`],
      form: {
        eligibility: `Eligible ${id}`,
        attributes: [{ category: 'genre', values: ['femme', 'homme'] }],
        closedAt: 't2',
      },
      registrations: [
        {
          registerId: `B${id}`,
          name: `Name ${id}`,
          email: `mail-${id}@example.org`,
          phone: null,
          attributes: { genre: 'femme' },
          language: 'fr',
          registeredAt: 't1',
        },
      ],
      responses: [
        { stratum: '69', invited: 1, registered: 0 },
        { stratum: '75', invited: 2, registered: 1 },
      ],
    }),
    empty: { protocol: null, invitees: [], form: null, registrations: [], responses: [] },
    erasure: {
      erase: (r, id) => {
        expect(r.eraseProcess(id)).toBe(1);
      },
      personal: (id) => [`Name ${id}`, `mail-${id}@`],
    },
  }),
  'stage-one ceremonies': contract({
    tables: ['stage_one_ceremonies', 'stage_one_reveals'],
    create: createStageOneCeremoniesRepository,
    write: (r, id) => {
      expect(r.commit(id, `{"process":"${id}"}`, `hash-${id}`, 't0')).toBe(true);
      // A commitment is made once.
      expect(r.commit(id, '{}', 'other', 't1')).toBe(false);
      expect(r.reveal(id, { source: 0, value: `secret-${id}`, beacon: null }, 't2')).toBe(true);
      expect(r.reveal(id, { source: 0, value: 'again', beacon: null }, 't3')).toBe(false);
      const beacon = { source: 1, round: 7, signature: `sig-${id}` };
      expect(r.reveal(id, { source: 1, value: `random-${id}`, beacon }, 't4')).toBe(true);
      expect(r.markDrawn(id, 't5')).toBe(true);
      expect(r.markDrawn(id, 't6')).toBe(false);
    },
    read: (r, id) => ({ ceremony: r.find(id) ?? null, reveals: r.reveals(id) }),
    written: (id) => ({
      ceremony: {
        commitment: `{"process":"${id}"}`,
        commitmentHash: `hash-${id}`,
        committedAt: 't0',
        drawnAt: 't5',
      },
      reveals: [
        { source: 0, value: `secret-${id}`, beacon: null, revealedAt: 't2' },
        {
          source: 1,
          value: `random-${id}`,
          beacon: { source: 1, round: 7, signature: `sig-${id}` },
          revealedAt: 't4',
        },
      ],
    }),
    empty: { ceremony: null, reveals: [] },
  }),
};
