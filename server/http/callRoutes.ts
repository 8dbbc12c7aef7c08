// HTTP routes of calls for projects, built from the HTTP contract (shared/api/groups/calls.contract.ts):
// the public call page and form, the applicant's private link, the reviewers' links, and the organiser's
// management. Inputs arrive parsed by the contract; the service checks the application form field by field.
// A reviewer's link is checked before the review it carries is read: an unknown link is TOKEN_INVALID.

import { callContract } from '../../shared/api/contract';
import type { Calls } from '../services/calls';
import { contractRoutes } from './contractRoutes';
import { jsonFile, type Route } from './routes';

export function callRoutes(calls: Calls, options: { checkAnswers?: boolean } = {}): Route[] {
  return contractRoutes(
    callContract,
    {
      'publicCalls.list': () => ({ data: calls.list() }),
      'publicCalls.get': ({ params }) => ({ data: calls.publicView(params.id) }),
      'publicCalls.log': ({ params }) =>
        jsonFile(`${JSON.stringify(calls.log(params.id))}\n`, `journal-appel-${params.id}.json`),
      'publicCalls.apply': ({ params, body }) => ({
        status: 201,
        data: calls.submit(params.id, body),
      }),

      // The applicant: the token in the path is the credential.
      'applications.get': ({ params }) => ({ data: calls.application(params.token) }),

      // Reviewers: the token in the path is the credential.
      'reviewers.get': ({ params }) => ({ data: calls.reviewerView(params.token) }),
      'reviewers.review': ({ params, body }) => ({
        status: 201,
        data: calls.submitReview(params.token, params.ref, body),
      }),
      'reviewers.conflict': ({ params }) => ({
        status: 201,
        data: calls.declareConflict(params.token, params.ref),
      }),

      // Organiser.
      'calls.create': ({ body }) => ({ status: 201, data: calls.create(body) }),
      'calls.get': ({ params }) => ({ data: calls.organiserView(params.id) }),
      'calls.addReviewer': ({ params, body }) => ({
        status: 201,
        data: calls.addReviewer(params.id, body),
      }),
      'calls.assign': ({ params }) => ({ status: 201, data: calls.assign(params.id) }),
      'calls.settle': ({ params, body }) => ({
        status: 201,
        data: calls.settle(params.id, params.ref, body),
      }),
      'calls.export': ({ params, body }) => ({
        status: 201,
        data: calls.exportToProcess(params.id, body.processId),
      }),
    },
    {
      ...options,
      beforeBody: { 'reviewers.review': ({ params }) => calls.checkReviewerLink(params.token) },
    },
  );
}
