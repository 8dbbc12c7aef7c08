// Message keys of the process stages, seat and call statuses, so that every status is named in words (never by colour).

import type { MessageKey } from './messages';
import type { CallStatus } from '../../../shared/calls/callViews';
import { ProcessStatus, SeatStatus } from '../../../shared/process/processState';
import { ProcessStage } from '../../../shared/process/processStage';

/** The console's name of each stage (shared/process/processStage.ts). */
export const PROCESS_STAGE_KEYS: Record<ProcessStage, MessageKey> = {
  [ProcessStage.Draft]: 'organiser.status.draft',
  [ProcessStage.Committed]: 'organiser.status.committed',
  [ProcessStage.Revealed]: 'organiser.status.revealed',
  [ProcessStage.Drawn]: 'organiser.status.drawn',
  [ProcessStage.Invitations]: 'organiser.status.invitations',
  [ProcessStage.Deliberation]: 'organiser.status.deliberation',
  [ProcessStage.Published]: 'organiser.status.published',
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

/** The badge colour of each stage: to do, under way, finished (the word says it too). */
export const PROCESS_STAGE_SEVERITY: Record<ProcessStage, 'info' | 'success' | undefined> = {
  [ProcessStage.Draft]: undefined,
  [ProcessStage.Committed]: 'info',
  [ProcessStage.Revealed]: 'info',
  [ProcessStage.Drawn]: 'info',
  [ProcessStage.Invitations]: 'info',
  [ProcessStage.Deliberation]: 'info',
  [ProcessStage.Published]: 'success',
};

/** The badge colour of each seat status (the word says it too). */
export const SEAT_STATUS_SEVERITY: Record<SeatStatus, 'info' | 'success' | 'warning' | undefined> =
  {
    [SeatStatus.Drawn]: undefined,
    [SeatStatus.Invited]: 'info',
    [SeatStatus.Accepted]: 'success',
    [SeatStatus.Vacant]: 'warning',
  };
