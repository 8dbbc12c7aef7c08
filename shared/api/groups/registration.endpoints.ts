import type { Endpoint } from '../endpoint';

/**
 * Stage one's registration (server/http/registrationRoutes.ts). For the organiser: the view (counts by
 * stratum), the stage-one record's upload, the form, the letters (codes issued, PDF streamed) and the
 * closing that makes the registrations the stage-two pool; and the stage-one draw run in the console
 * (commit, reveal each source, draw). For the public page: the stage-one commitment as soon as it is made,
 * the record once drawn; for `/inscription`: the code's form, and the registration itself. The letter's URL
 * names no process: the code does.
 */
export const registrationEndpoints = {
  'registration.get': { method: 'GET', path: '/api/processes/:id/registration' },
  'registration.stageOne': { method: 'POST', path: '/api/processes/:id/registration/stage-one' },
  'registration.form': { method: 'PUT', path: '/api/processes/:id/registration/form' },
  'registration.letters': { method: 'POST', path: '/api/processes/:id/registration/letters' },
  'registration.close': { method: 'POST', path: '/api/processes/:id/registration/close' },
  'registration.ceremony': { method: 'GET', path: '/api/processes/:id/registration/ceremony' },
  'registration.commit': {
    method: 'POST',
    path: '/api/processes/:id/registration/ceremony/commit',
  },
  'registration.reveal': {
    method: 'POST',
    path: '/api/processes/:id/registration/ceremony/reveal',
  },
  'registration.draw': { method: 'POST', path: '/api/processes/:id/registration/ceremony/draw' },
  'publicRegistration.status': { method: 'GET', path: '/api/public/processes/:id/registration' },
  'publicRegistration.stageOne': { method: 'GET', path: '/api/public/processes/:id/stage-one' },
  'publicRegistration.stageOneRecord': {
    method: 'GET',
    path: '/api/public/processes/:id/stage-one.json',
  },
  'publicRegistration.stageOneCommitment': {
    method: 'GET',
    path: '/api/public/processes/:id/stage-one-commitment',
  },
  'publicRegistration.stageOneCommitmentFile': {
    method: 'GET',
    path: '/api/public/processes/:id/stage-one-commitment.json',
  },
  'publicRegistration.open': { method: 'POST', path: '/api/public/registration/form' },
  'publicRegistration.register': { method: 'POST', path: '/api/public/registration' },
} as const satisfies Record<string, Endpoint>;
