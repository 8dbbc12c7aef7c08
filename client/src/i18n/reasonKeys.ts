// Message keys of the categories of non-admissibility: the same keys, and so the same labels, as the
// applicant's status page and the public statistics (reasonKey.ts).

import { REASONS, type Reason } from '../../../shared/calls/callEvents';
import { reasonKey } from './reasonKey';
import type { MessageKey } from './messages';

export const REASON_KEYS = Object.fromEntries(
  REASONS.map((reason) => [reason, reasonKey(reason)]),
) as Record<Reason, MessageKey>;
