// Message keys of the categories of non-admissibility: the same keys, and so the same labels, as the
// applicant's status page and the public statistics (client/src/calls/reasonMessages.ts).

import { REASONS, type Reason } from '../../../shared/calls/callEvents';
import { reasonKey } from '../calls/reasonMessages';
import type { MessageKey } from '../i18n/messages';

export const REASON_KEYS = Object.fromEntries(
  REASONS.map((reason) => [reason, reasonKey(reason)]),
) as Record<Reason, MessageKey>;
