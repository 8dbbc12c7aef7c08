// The message key of a refusal reason, for the pages that show one (the settlement form, the status
// page, the public statistics). Kept apart from the dictionary that fills these keys
// (reasonMessages.ts): a page's message area holds the keys its own modules name, and a dictionary's
// modules are not read for that (scripts/lib/messageUses.ts).

import type { Reason } from '../../../shared/calls/callEvents';

export type ReasonMessageKey = `calls.reason.${Reason}`;

/** The message key of a refusal reason. */
export const reasonKey = (reason: Reason): ReasonMessageKey => `calls.reason.${reason}`;
