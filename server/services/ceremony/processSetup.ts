// The ceremony's setting-up commands: create a process, change its settings, describe the service asked of
// the jurors. Each is one decision in shared/process/ appended as it is.

import { bytesToHex } from '../../../shared/crypto/bytes';
import { decideCreate, decideSettings } from '../../../shared/process/processCommands';
import { decideServiceDetails } from '../../../shared/process/decideServiceDetails';
import { DEFAULT_SETTINGS } from '../../../shared/process/processEvents';
import type { ProcessState } from '../../../shared/process/processState';
import type { CeremonyContext } from './ceremonyContext';

export function createProcess(
  context: CeremonyContext,
  settings: { title?: unknown } & Record<string, unknown>,
): ProcessState {
  const processId = bytesToHex(context.random.bytes(8));
  return context.commit(processId, decideCreate(processId, { ...DEFAULT_SETTINGS, ...settings }));
}

export function changeSettings(
  context: CeremonyContext,
  processId: string,
  settings: unknown,
): ProcessState {
  return context.commit(processId, decideSettings(context.requireState(processId), settings));
}

/** States what serving involves (dates, place, compensation, contact), shown on every invitation. */
export function describeService(
  context: CeremonyContext,
  processId: string,
  details: unknown,
): ProcessState {
  return context.commit(processId, decideServiceDetails(context.requireState(processId), details));
}

/** What the organiser's forms must respect: the minimum delay before a commitment's drand round. */
export function limits(context: CeremonyContext): { minDrandDelaySeconds: number } {
  return { minDrandDelaySeconds: context.options.minDrandDelaySeconds };
}

/** Every process's folded state. */
export function listProcesses(context: CeremonyContext): ProcessState[] {
  return context.store.processIds().map((id) => context.store.state(id) as ProcessState);
}
