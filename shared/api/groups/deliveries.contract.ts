// The deliveries group's contract (server/http/deliveryRoutes.ts): the mail queue as the console reads it.

import { z } from 'zod';
import { ErrorCode } from '../../errors';
import { DeliveriesReport, DeliveryView } from '../../mail/deliveries';
import { defineContract } from '../route';
import { ORGANISER } from '../contractParts';
import { Role } from '../roles';
import { deliveryEndpoints } from './deliveries.endpoints';

const ADMINISTRATOR = [Role.Administrator] as const;

/** A message's id in the queue: a positive safe integer, written in decimal. */
const DeliveryId = z
  .string()
  .regex(/^\d+$/, 'the message id is not a number')
  .refine(
    (id) => Number(id) > 0 && Number.isSafeInteger(Number(id)),
    'the message id is not a number',
  );

export const deliveryContract = defineContract(deliveryEndpoints, {
  'deliveries.process': {
    roles: ORGANISER,
    response: DeliveriesReport,
    errors: [ErrorCode.ProcessNotFound],
  },
  'deliveries.processResend': {
    roles: ORGANISER,
    params: z.object({ id: z.string(), delivery: DeliveryId }),
    response: DeliveryView,
    errors: [ErrorCode.ProcessNotFound, ErrorCode.NotFound],
  },
  'deliveries.call': { roles: ORGANISER, response: DeliveriesReport, errors: [ErrorCode.NotFound] },
  'deliveries.callResend': {
    roles: ORGANISER,
    params: z.object({ id: z.string(), delivery: DeliveryId }),
    response: DeliveryView,
    errors: [ErrorCode.NotFound],
  },
  'deliveries.accounts': { roles: ADMINISTRATOR, response: DeliveriesReport, errors: [] },
  'deliveries.accountsResend': {
    roles: ADMINISTRATOR,
    params: z.object({ delivery: DeliveryId }),
    response: DeliveryView,
    errors: [ErrorCode.NotFound],
  },
});
