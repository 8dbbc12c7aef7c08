import type { Endpoint } from '../endpoint';

/**
 * The calls for projects (server/http/callRoutes.ts): the public call page and form, the applicant's
 * private link, the reviewers' links and the organiser's management.
 */
export const callEndpoints = {
  'publicCalls.list': { method: 'GET', path: '/api/public/calls' },
  'publicCalls.get': { method: 'GET', path: '/api/public/calls/:id' },
  'publicCalls.log': { method: 'GET', path: '/api/public/calls/:id/log.json' },
  'publicCalls.apply': { method: 'POST', path: '/api/public/calls/:id/applications' },
  'applications.get': { method: 'GET', path: '/api/applications/:token' },
  'reviewers.get': { method: 'GET', path: '/api/reviewers/:token' },
  'reviewers.review': { method: 'POST', path: '/api/reviewers/:token/applications/:ref/review' },
  'reviewers.conflict': {
    method: 'POST',
    path: '/api/reviewers/:token/applications/:ref/conflict',
  },
  'calls.create': { method: 'POST', path: '/api/calls' },
  'calls.get': { method: 'GET', path: '/api/calls/:id' },
  'calls.addReviewer': { method: 'POST', path: '/api/calls/:id/reviewers' },
  'calls.assign': { method: 'POST', path: '/api/calls/:id/assign' },
  'calls.settle': { method: 'POST', path: '/api/calls/:id/applications/:ref/settle' },
  'calls.export': { method: 'POST', path: '/api/calls/:id/export' },
} as const satisfies Record<string, Endpoint>;
