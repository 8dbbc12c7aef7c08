// The organiser's view of the mail queue: each process's and each call's messages with their delivery
// status, and "Renvoyer" for one of them; administrators see the accounts' own mails (invitations, password
// links) the same way. The public never sees an address. Built from the HTTP contract
// (shared/api/groups/deliveries.contract.ts), which parses the message's id.

import { deliveryContract } from '../../shared/api/contract';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { summariseDeliveries, viewOfDelivery } from '../../shared/mail/deliveries';
import type { Delivery, MailQueue } from '../mail/mailQueue';
import { contractRoutes } from './contractRoutes';
import type { Route } from './routes';

export interface DeliveryScopes {
  /** Throws the usual not-found error when the process does not exist. */
  requireProcess(processId: string): void;
  /** Throws the usual not-found error when the call does not exist. */
  requireCall(callId: string): void;
}

/** The mails of the accounts themselves: invitations and password links. */
const ACCOUNT_KINDS: ReadonlySet<string> = new Set(['accountInvitation', 'passwordReset']);

export function deliveryRoutes(
  mailQueue: MailQueue,
  scopes: DeliveryScopes,
  options: { checkAnswers?: boolean } = {},
): Route[] {
  const accountMails = () =>
    [
      ...mailQueue.deliveriesOfKind('accountInvitation'),
      ...mailQueue.deliveriesOfKind('passwordReset'),
    ].sort((a, b) => a.id - b.id);
  /** Queues the message again when it belongs to this process or call; otherwise "not found". */
  function resend(deliveryId: string, owns: (delivery: Delivery) => boolean) {
    const id = Number(deliveryId);
    const delivery = mailQueue.delivery(id);
    // A message of another process or call is "not found", so its existence is not revealed either.
    if (delivery === undefined || !owns(delivery))
      throw new KleroterionError(ErrorCode.NotFound, `no message ${id} here`);
    const requeued = mailQueue.resend(id);
    if (requeued === undefined) throw new KleroterionError(ErrorCode.NotFound, `no message ${id}`);
    return { data: viewOfDelivery(requeued) };
  }

  return contractRoutes(
    deliveryContract,
    {
      'deliveries.process': ({ params }) => {
        scopes.requireProcess(params.id);
        return { data: summariseDeliveries(mailQueue.deliveriesOfProcess(params.id)) };
      },
      'deliveries.processResend': ({ params }) => {
        scopes.requireProcess(params.id);
        return resend(params.delivery, (delivery) => delivery.processId === params.id);
      },
      'deliveries.call': ({ params }) => {
        scopes.requireCall(params.id);
        return { data: summariseDeliveries(mailQueue.deliveriesOfCall(params.id)) };
      },
      'deliveries.callResend': ({ params }) => {
        scopes.requireCall(params.id);
        return resend(params.delivery, (delivery) => delivery.callId === params.id);
      },
      // Account invitations and password links belong to no process or call: administrators see them here.
      'deliveries.accounts': () => ({ data: summariseDeliveries(accountMails()) }),
      'deliveries.accountsResend': ({ params }) =>
        resend(params.delivery, (delivery) => ACCOUNT_KINDS.has(delivery.kind)),
    },
    options,
  );
}
