// The register group's contract (server/http/registerRoutes.ts), for the organiser only. The view carries
// what may be shown in the console: counts, stratum names and sizes, roots; never a row's contact data.

import { z } from 'zod';
import { ErrorCode } from '../../errors';
import { defineContract } from '../route';
import { ORGANISER } from '../contractParts';
import { registerEndpoints } from './register.endpoints';

const Hex32 = z.string().regex(/^[0-9a-f]{64}$/);

export const RegisterProgressView = z.strictObject({
  phase: z.enum(['reading', 'indexing', 'committing', 'done']),
  rowsRead: z.number().int().min(0),
  bytesRead: z.number().int().min(0),
  totalBytes: z.number().int().min(0).nullable(),
});

export const RegisterView = z.strictObject({
  /** The import running now, if any. */
  importing: RegisterProgressView.nullable(),
  /** The register in use (the last complete import), if any. */
  register: z
    .strictObject({
      fileName: z.string(),
      rows: z.number().int().min(1),
      root: Hex32,
      stratumColumn: z.string().nullable(),
      /** In canonical (UTF-8 byte) order of their names. */
      strata: z.array(
        z.strictObject({ name: z.string(), size: z.number().int().min(1), root: Hex32 }),
      ),
      importedAt: z.string(),
    })
    .nullable(),
});
export type RegisterView = z.infer<typeof RegisterView>;

export const RegisterImportQuery = z.strictObject({
  /** The header name of the stratum column (e.g. departement); absent for an unstratified register. */
  stratum: z.string().trim().min(1).max(200).optional(),
});

export const registerContract = defineContract(registerEndpoints, {
  'register.get': {
    roles: ORGANISER,
    response: RegisterView,
    errors: [ErrorCode.ProcessNotFound],
  },
  'register.import': {
    roles: ORGANISER,
    query: RegisterImportQuery,
    body: 'stream',
    response: RegisterView,
    errors: [
      ErrorCode.ProcessNotFound,
      ErrorCode.RegisterInvalid,
      ErrorCode.RegisterBusy,
      ErrorCode.TransitionRefused,
    ],
  },
});
