// Message keys of the categories of non-admissibility (published in aggregate on the call's page).

import type { Reason } from '../../../shared/calls/callEvents';
import type { MessageKey } from '../i18n/messages';

export const REASON_KEYS: Record<Reason, MessageKey> = {
  commercial: 'organiser.calls.reason.commercial',
  unrealistic: 'organiser.calls.reason.unrealistic',
  charter: 'organiser.calls.reason.charter',
  'out-of-scope': 'organiser.calls.reason.outOfScope',
  duplicate: 'organiser.calls.reason.duplicate',
  immature: 'organiser.calls.reason.immature',
  vague: 'organiser.calls.reason.vague',
  other: 'organiser.calls.reason.other',
};
