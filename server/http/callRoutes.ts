// HTTP routes of calls for projects, declared as data with their roles: the public call page and form,
// the applicant's private link, the reviewers' links, and the organiser's management.

import type { Request } from 'express';
import { z } from 'zod';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { describeIssues } from '../../shared/lottery/protocol';
import type { Calls } from '../services/calls';
import { jsonFile, Role, type Route } from './routes';

const param = (req: Request, name: string): string => String(req.params[name] ?? '');
const ExportBody = z.strictObject({ processId: z.string().min(1).max(64) });

export function callRoutes(calls: Calls): Route[] {
  return [
    {
      method: 'get',
      path: '/api/public/calls',
      role: Role.Public,
      handle: () => ({ data: calls.list() }),
    },
    {
      method: 'get',
      path: '/api/public/calls/:id',
      role: Role.Public,
      handle: (req) => ({ data: calls.publicView(param(req, 'id')) }),
    },
    {
      method: 'get',
      path: '/api/public/calls/:id/log.json',
      role: Role.Public,
      handle: (req) =>
        jsonFile(
          `${JSON.stringify(calls.log(param(req, 'id')))}\n`,
          `journal-appel-${param(req, 'id')}.json`,
        ),
    },
    {
      method: 'post',
      path: '/api/public/calls/:id/applications',
      role: Role.Public,
      rateLimited: 'applications',
      handle: (req) => ({ status: 201, data: calls.submit(param(req, 'id'), req.body) }),
    },

    // The applicant: the token in the path is the credential.
    {
      method: 'get',
      path: '/api/applications/:token',
      role: Role.Applicant,
      handle: (req) => ({ data: calls.application(param(req, 'token')) }),
    },

    // Reviewers: the token in the path is the credential.
    {
      method: 'get',
      path: '/api/reviewers/:token',
      role: Role.Reviewer,
      handle: (req) => ({ data: calls.reviewerView(param(req, 'token')) }),
    },
    {
      method: 'post',
      path: '/api/reviewers/:token/applications/:ref/review',
      role: Role.Reviewer,
      handle: (req) => ({
        status: 201,
        data: calls.submitReview(param(req, 'token'), param(req, 'ref'), req.body),
      }),
    },
    {
      method: 'post',
      path: '/api/reviewers/:token/applications/:ref/conflict',
      role: Role.Reviewer,
      handle: (req) => ({
        status: 201,
        data: calls.declareConflict(param(req, 'token'), param(req, 'ref')),
      }),
    },

    // Organiser.
    {
      method: 'post',
      path: '/api/calls',
      role: Role.Organiser,
      handle: (req) => ({ status: 201, data: calls.create(req.body) }),
    },
    {
      method: 'get',
      path: '/api/calls/:id',
      role: Role.Organiser,
      handle: (req) => ({ data: calls.organiserView(param(req, 'id')) }),
    },
    {
      method: 'post',
      path: '/api/calls/:id/reviewers',
      role: Role.Organiser,
      handle: (req) => ({ status: 201, data: calls.addReviewer(param(req, 'id'), req.body) }),
    },
    {
      method: 'post',
      path: '/api/calls/:id/assign',
      role: Role.Organiser,
      handle: (req) => ({ status: 201, data: calls.assign(param(req, 'id')) }),
    },
    {
      method: 'post',
      path: '/api/calls/:id/applications/:ref/settle',
      role: Role.Organiser,
      handle: (req) => ({
        status: 201,
        data: calls.settle(param(req, 'id'), param(req, 'ref'), req.body),
      }),
    },
    {
      method: 'post',
      path: '/api/calls/:id/export',
      role: Role.Organiser,
      handle: (req) => {
        const parsed = ExportBody.safeParse(req.body ?? {});
        if (!parsed.success)
          throw new KleroterionError(ErrorCode.ValidationFailed, describeIssues(parsed.error));
        return {
          status: 201,
          data: calls.exportToProcess(param(req, 'id'), parsed.data.processId),
        };
      },
    },
  ];
}
