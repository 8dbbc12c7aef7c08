// The organiser's view of the mail queue: each process's and each call's messages with their delivery
// status, and "Renvoyer" for one of them; administrators see the accounts' own mails (invitations, password
// links) the same way. The public never sees an address.

import type { Request } from 'express';
import { z } from 'zod';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { summariseDeliveries, viewOfDelivery } from '../../shared/mail/deliveries';
import type { Delivery, MailQueue } from '../mail/mailQueue';
import { Role, type Route } from './routes';

export interface DeliveryScopes {
  /** Throws the usual not-found error when the process does not exist. */
  requireProcess(processId: string): void;
  /** Throws the usual not-found error when the call does not exist. */
  requireCall(callId: string): void;
}

const DeliveryId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

function deliveryIdOf(req: Request): number {
  const parsed = DeliveryId.safeParse(req.params['delivery']);
  if (!parsed.success)
    throw new KleroterionError(ErrorCode.ValidationFailed, 'the message id is not a number');
  return parsed.data;
}

const param = (req: Request, name: string): string => String(req.params[name] ?? '');

/** The mails of the accounts themselves: invitations and password links. */
const ACCOUNT_KINDS: ReadonlySet<string> = new Set(['accountInvitation', 'passwordReset']);

export function deliveryRoutes(mailQueue: MailQueue, scopes: DeliveryScopes): Route[] {
  const accountMails = () =>
    [
      ...mailQueue.deliveriesOfKind('accountInvitation'),
      ...mailQueue.deliveriesOfKind('passwordReset'),
    ].sort((a, b) => a.id - b.id);
  /** Queues the message again when it belongs to this process or call; otherwise "not found". */
  function resend(req: Request, owns: (delivery: Delivery) => boolean) {
    const id = deliveryIdOf(req);
    const delivery = mailQueue.delivery(id);
    // A message of another process or call is "not found", so its existence is not revealed either.
    if (delivery === undefined || !owns(delivery))
      throw new KleroterionError(ErrorCode.NotFound, `no message ${id} here`);
    const requeued = mailQueue.resend(id);
    if (requeued === undefined) throw new KleroterionError(ErrorCode.NotFound, `no message ${id}`);
    return { data: viewOfDelivery(requeued) };
  }

  return [
    {
      method: 'get',
      path: '/api/processes/:id/deliveries',
      role: Role.Organiser,
      handle: (req) => {
        const processId = param(req, 'id');
        scopes.requireProcess(processId);
        return { data: summariseDeliveries(mailQueue.deliveriesOfProcess(processId)) };
      },
    },
    {
      method: 'post',
      path: '/api/processes/:id/deliveries/:delivery/resend',
      role: Role.Organiser,
      handle: (req) => {
        const processId = param(req, 'id');
        scopes.requireProcess(processId);
        return resend(req, (delivery) => delivery.processId === processId);
      },
    },
    {
      method: 'get',
      path: '/api/calls/:id/deliveries',
      role: Role.Organiser,
      handle: (req) => {
        const callId = param(req, 'id');
        scopes.requireCall(callId);
        return { data: summariseDeliveries(mailQueue.deliveriesOfCall(callId)) };
      },
    },
    {
      method: 'post',
      path: '/api/calls/:id/deliveries/:delivery/resend',
      role: Role.Organiser,
      handle: (req) => {
        const callId = param(req, 'id');
        scopes.requireCall(callId);
        return resend(req, (delivery) => delivery.callId === callId);
      },
    },
    {
      // Account invitations and password links belong to no process or call: administrators see them here.
      method: 'get',
      path: '/api/accounts/deliveries',
      role: Role.Administrator,
      handle: () => ({ data: summariseDeliveries(accountMails()) }),
    },
    {
      method: 'post',
      path: '/api/accounts/deliveries/:delivery/resend',
      role: Role.Administrator,
      handle: (req) => resend(req, (delivery) => ACCOUNT_KINDS.has(delivery.kind)),
    },
  ];
}
