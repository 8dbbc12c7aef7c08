// The unfinished application kept in this browser's localStorage, one per call, so that an applicant can
// come back to it. Only this browser holds it; it is removed once the application is sent. Storage may be
// unavailable (private browsing, quota): the form then works without a draft.

import { emptyValues, valuesFromJson, type ApplicationValues } from './applicationValues';

const draftKey = (callId: string): string => `kleroterion.applicationDraft.${callId}`;

export function loadDraft(callId: string): ApplicationValues | undefined {
  try {
    const stored = globalThis.localStorage?.getItem(draftKey(callId));
    return stored == null ? undefined : valuesFromJson(JSON.parse(stored));
  } catch {
    return undefined;
  }
}

export function isBlank(values: ApplicationValues): boolean {
  return JSON.stringify(values) === JSON.stringify(emptyValues());
}

/** Saves the answers, or forgets the draft when every answer has been emptied. */
export function saveDraft(callId: string, values: ApplicationValues): void {
  try {
    if (isBlank(values)) globalThis.localStorage?.removeItem(draftKey(callId));
    else globalThis.localStorage?.setItem(draftKey(callId), JSON.stringify(values));
  } catch {
    // No storage: nothing is kept, and the form still works.
  }
}

export function deleteDraft(callId: string): void {
  try {
    globalThis.localStorage?.removeItem(draftKey(callId));
  } catch {
    // Nothing could have been stored either.
  }
}
