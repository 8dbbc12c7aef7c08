import type { Endpoint } from '../endpoint';

/**
 * The results group (server/http/resultRoutes.ts): the public results, the audit bundle and the exports;
 * the organiser's z-score column, per-seat export, tie settlement and publication.
 */
export const resultEndpoints = {
  'results.get': { method: 'GET', path: '/api/public/processes/:id/results' },
  'results.audit': { method: 'GET', path: '/api/public/processes/:id/audit.json' },
  'results.json': { method: 'GET', path: '/api/public/processes/:id/results.json' },
  'results.csv': { method: 'GET', path: '/api/public/processes/:id/results.csv' },
  'results.grades': { method: 'GET', path: '/api/public/processes/:id/grades.csv' },
  'results.procesVerbal': { method: 'GET', path: '/api/public/processes/:id/proces-verbal.pdf' },
  'results.seatGrades': { method: 'GET', path: '/api/processes/:id/seat-grades.csv' },
  'results.zScore': { method: 'GET', path: '/api/processes/:id/results/z-score' },
  'results.tieVote': { method: 'POST', path: '/api/processes/:id/tie/vote' },
  'results.tieLottery': { method: 'POST', path: '/api/processes/:id/tie/lottery' },
  'results.tieDraw': { method: 'POST', path: '/api/processes/:id/tie/draw' },
  'results.publish': { method: 'POST', path: '/api/processes/:id/results/publish' },
} as const satisfies Record<string, Endpoint>;
