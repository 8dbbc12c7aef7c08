// A juror's unsent choices, kept in this browser per process, seat, dossier and round, so that a reload
// does not lose them; removed once the ballot is saved. Storage may be unavailable (private browsing,
// quota): the form then simply works without drafts.

export interface DraftKey {
  processId: string;
  seat: number;
  dossierId: string;
  round: number;
}

const PREFIX = 'kleroterion.ballotDraft';
const seatPrefix = (key: Pick<DraftKey, 'processId' | 'seat'>): string =>
  `${PREFIX}.${key.processId}.${key.seat}.`;
const storageKey = (key: DraftKey): string => `${seatPrefix(key)}${key.dossierId}.${key.round}`;

export function loadDraft(key: DraftKey): Record<string, string> | undefined {
  try {
    const raw = localStorage.getItem(storageKey(key));
    if (raw === null) return undefined;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    const entries = Object.entries(parsed).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    );
    return Object.fromEntries(entries);
  } catch {
    return undefined;
  }
}

export function saveDraft(key: DraftKey, grades: Record<string, string>): void {
  try {
    localStorage.setItem(storageKey(key), JSON.stringify(grades));
  } catch {
    // No storage: the choices live in the page only.
  }
}

export function clearDraft(key: DraftKey): void {
  try {
    localStorage.removeItem(storageKey(key));
  } catch {
    // Nothing stored.
  }
}

/** Drops this seat's drafts for other dossiers or rounds: their scoring is over, they can never be sent. */
export function clearOtherDrafts(key: DraftKey): void {
  try {
    const keep = storageKey(key);
    const prefix = seatPrefix(key);
    const stale: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const name = localStorage.key(i);
      if (name !== null && name.startsWith(prefix) && name !== keep) stale.push(name);
    }
    for (const name of stale) localStorage.removeItem(name);
  } catch {
    // Nothing stored.
  }
}
