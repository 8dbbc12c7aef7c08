// The badge colour of each call status: open in green, upcoming in blue, closed in grey (the word
// always says it; the colour only repeats it).

import type { CallStatus } from '../../../shared/calls/callViews';

export const CALL_STATUS_SEVERITY = {
  upcoming: 'info',
  open: 'success',
  closed: undefined,
} as const satisfies Record<CallStatus, string | undefined>;
