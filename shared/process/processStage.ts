// Where a process stands, as the public page, the home page and the organiser's stepper name it: the
// ceremony's status, then the deliberation in progress, then the published results.
// Spec: docs/event-log.md, section "Stage".

import type { ProcessState, ProcessStatus } from './processState';

export const ProcessStage = {
  Draft: 'draft',
  Committed: 'committed',
  Revealed: 'revealed',
  Drawn: 'drawn',
  Invitations: 'invitations',
  Deliberation: 'deliberation',
  Published: 'published',
} as const;
export type ProcessStage = (typeof ProcessStage)[keyof typeof ProcessStage];

/** The stages in the order a process goes through them. */
export const PROCESS_STAGES: readonly ProcessStage[] = [
  ProcessStage.Draft,
  ProcessStage.Committed,
  ProcessStage.Revealed,
  ProcessStage.Drawn,
  ProcessStage.Invitations,
  ProcessStage.Deliberation,
  ProcessStage.Published,
];

const STAGE_OF_STATUS: Record<ProcessStatus, ProcessStage> = {
  draft: ProcessStage.Draft,
  committed: ProcessStage.Committed,
  revealed: ProcessStage.Revealed,
  drawn: ProcessStage.Drawn,
  invitations: ProcessStage.Invitations,
};

/**
 * The stage of a folded process. `withheldEvents` counts entries of a public log whose contents are held
 * back: only a deliberation's events are ever held back, so one of them means the room is open even when
 * the reader could not fold `deliberation.opened` itself.
 */
export function processStage(
  state: Pick<ProcessState, 'status' | 'room' | 'outcome'>,
  withheldEvents = 0,
): ProcessStage {
  if (state.outcome.published !== undefined) return ProcessStage.Published;
  if (state.room !== undefined || withheldEvents > 0) return ProcessStage.Deliberation;
  return STAGE_OF_STATUS[state.status];
}

/** True once a process at `stage` has reached `step` (or gone past it). */
export function hasReachedStage(stage: ProcessStage, step: ProcessStage): boolean {
  return PROCESS_STAGES.indexOf(stage) >= PROCESS_STAGES.indexOf(step);
}
