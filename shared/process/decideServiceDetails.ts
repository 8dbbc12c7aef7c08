// The organiser states (or corrects) what serving involves; allowed until the results are published.
// Spec: docs/event-log.md, section "Event types" (process.serviceDescribed).

import { ErrorCode } from '../errors';
import { describeIssues } from '../lottery/protocol';
import { refuse, type Decision } from './processCommands';
import { EventType } from './processEvents';
import type { ProcessState } from './processState';
import { ServiceDetails } from './serviceDetails';

/**
 * @throws {KleroterionError} VALIDATION_FAILED for malformed details, TRANSITION_REFUSED once published.
 */
export function decideServiceDetails(state: ProcessState, details: unknown): Decision {
  if (state.outcome.published !== undefined)
    refuse('the results are published: the process is closed');
  const parsed = ServiceDetails.safeParse(details);
  if (!parsed.success)
    refuse(`service details: ${describeIssues(parsed.error)}`, ErrorCode.ValidationFailed);
  return {
    events: [{ type: EventType.ServiceDescribed, payload: { service: parsed.data! } }],
  };
}
