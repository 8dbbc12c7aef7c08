// Issues and redeems the personal registration codes of a process's stage-one invitees. A code is 140 bits
// from the server's CSPRNG (shared/registration/registrationCode.ts); only its SHA-256 is stored, in
// registration_codes (server/repositories/registrationCodesRepository.ts). The plain codes are returned
// once, to print or mail at once, and are never written anywhere by the server.

import type { Db } from '../db/openDatabase';
import type { Clock, Random } from '../ports';
import { createRegistrationCodesRepository } from '../repositories/registrationCodesRepository';
import {
  CODE_RANDOM_BYTES,
  formatRegistrationCode,
  hashRegistrationCode,
  normaliseRegistrationCode,
} from '../../shared/registration/registrationCode';
import { ErrorCode, KleroterionError } from '../../shared/errors';

export interface IssuedCode {
  registerId: string;
  /** The plain code, "XXXX-XXXX-…": print or mail it, then let it go. */
  code: string;
}

export interface IssueResult {
  issued: IssuedCode[];
  /** Invitees whose code was already used (they registered): they get no new code. */
  alreadyRegistered: string[];
}

/**
 * Why a code is refused. A malformed code is told as such (a typo). A well-formed one is either unknown
 * to this process or already used, and the answer says which: the only person who can hold a valid code
 * is its invitee (or whoever has their letter), so "already used" tells them about their own letter and
 * nothing about anyone else's; guessing someone else's code is a 1 in 2^140 chance per try.
 */
export type RedeemRefusal = 'malformed' | 'unknown' | 'used';

export type RedeemResult =
  { ok: true; registerId: string } | { ok: false; refusal: RedeemRefusal; error: KleroterionError };

const REFUSAL_ERROR = {
  unknown: ErrorCode.RegistrationCodeUnknown,
  used: ErrorCode.RegistrationCodeUsed,
} as const;

export function createRegistrationCodes(db: Db, clock: Clock, random: Random) {
  const codes = createRegistrationCodesRepository(db);

  const issueAll = db.transaction(
    (
      processId: string,
      registerIds: readonly string[],
      onIssued: ((issued: IssuedCode) => void) | undefined,
    ) => {
      const issuedAt = clock.now().toISOString();
      const result: IssueResult = { issued: [], alreadyRegistered: [] };
      const seen = new Set<string>();
      for (const registerId of registerIds) {
        if (seen.has(registerId))
          throw new KleroterionError(
            ErrorCode.InvalidArgument,
            `The invitee ${registerId} is listed twice: each invitee gets one code.`,
            { field: 'registerIds' },
          );
        seen.add(registerId);
        const code = formatRegistrationCode(random.bytes(CODE_RANDOM_BYTES));
        if (codes.issue(processId, registerId, hashRegistrationCode(code), issuedAt)) {
          result.issued.push({ registerId, code });
          onIssued?.({ registerId, code });
        } else result.alreadyRegistered.push(registerId);
      }
      return result;
    },
  );

  return {
    /**
     * One new code per invitee, in one transaction: all are stored or none. An invitee's unused code is
     * replaced (their earlier letter stops working); a used one is kept and the invitee is listed apart.
     * `onIssued` runs inside the transaction for each new code: queue the invitee's e-mail there
     * (server/registration/registrationInvitationMails.ts), so that codes and mails commit together.
     * @throws KleroterionError INVALID_ARGUMENT when an invitee is listed twice (nothing is stored or queued)
     */
    issue(
      processId: string,
      registerIds: readonly string[],
      onIssued?: (issued: IssuedCode) => void,
    ): IssueResult {
      return issueAll(processId, registerIds, onIssued);
    },

    /**
     * Spends a code as typed or scanned, once: the register id of its invitee, or why it is refused.
     * Call it inside the transaction that records the registration, so that both happen or neither.
     */
    redeem(processId: string, typed: string): RedeemResult {
      let hash: string;
      try {
        hash = hashRegistrationCode(normaliseRegistrationCode(typed));
      } catch (error) {
        if (error instanceof KleroterionError) return { ok: false, refusal: 'malformed', error };
        throw error;
      }
      const registerId = codes.spend(processId, hash, clock.now().toISOString());
      if (registerId !== undefined) return { ok: true, registerId };
      const refusal = codes.findByCodeHash(processId, hash) === undefined ? 'unknown' : 'used';
      return { ok: false, refusal, error: refusalError(refusal) };
    },

    /** Codes issued and used for the process: aggregate figures only. */
    counts: (processId: string) => codes.countsOf(processId),
  };
}

// The error a route answers a refused well-formed code with (the text shown is the client's, FR or EN).
function refusalError(refusal: 'unknown' | 'used'): KleroterionError {
  const message =
    refusal === 'used'
      ? 'This registration code has already been used.'
      : 'This registration code is not one of this process.';
  return new KleroterionError(REFUSAL_ERROR[refusal], message, { field: 'code' });
}

export type RegistrationCodes = ReturnType<typeof createRegistrationCodes>;
