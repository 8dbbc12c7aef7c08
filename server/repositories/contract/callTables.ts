// The contracts of a call's private tables: applications, reviewers, reviews, settlements.

import { expect } from 'vitest';
import { checkApplication, type ApplicationForm } from '../../../shared/calls/applicationForm';
import { Review } from '../../../shared/calls/review';
import type { AssessmentLevel } from '../../../shared/dossier/dossier';
import { sampleApplication } from '../../testing/callFixture';
import { createApplicationsRepository } from '../applicationsRepository';
import { createReviewersRepository } from '../reviewersRepository';
import { createReviewsRepository } from '../reviewsRepository';
import { createSettlementsRepository } from '../settlementsRepository';
import { contract, type Contract } from './repositoryContract';

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

export const CALL_TABLES: Record<string, Contract<unknown>> = {
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
