// Message keys of the process, seat and call statuses, so that every status is named in words (never by colour).

import type { MessageKey } from '../i18n/messages';
import type { CallStatus } from '../../../shared/calls/callViews';
import { ProcessStatus, SeatStatus } from '../../../shared/process/processState';

export const PROCESS_STATUS_KEYS: Record<ProcessStatus, MessageKey> = {
  [ProcessStatus.Draft]: 'organiser.status.draft',
  [ProcessStatus.Committed]: 'organiser.status.committed',
  [ProcessStatus.Revealed]: 'organiser.status.revealed',
  [ProcessStatus.Drawn]: 'organiser.status.drawn',
  [ProcessStatus.Invitations]: 'organiser.status.invitations',
};

/** The ceremony's steps in order; a process's status is the last step it reached. */
export const PROCESS_STEPS: readonly ProcessStatus[] = [
  ProcessStatus.Draft,
  ProcessStatus.Committed,
  ProcessStatus.Revealed,
  ProcessStatus.Drawn,
  ProcessStatus.Invitations,
];

/** True once the process has reached `step` (or gone past it). */
export function hasReached(status: ProcessStatus, step: ProcessStatus): boolean {
  return PROCESS_STEPS.indexOf(status) >= PROCESS_STEPS.indexOf(step);
}

export const SEAT_STATUS_KEYS: Record<SeatStatus, MessageKey> = {
  [SeatStatus.Drawn]: 'organiser.seatStatus.drawn',
  [SeatStatus.Invited]: 'organiser.seatStatus.invited',
  [SeatStatus.Accepted]: 'organiser.seatStatus.accepted',
  [SeatStatus.Vacant]: 'organiser.seatStatus.vacant',
};

export const CALL_STATUS_KEYS: Record<CallStatus, MessageKey> = {
  upcoming: 'organiser.calls.status.upcoming',
  open: 'organiser.calls.status.open',
  closed: 'organiser.calls.status.closed',
};
