// The commitment to a round's seat links (which seat sealed which ballot), logged when scoring closes
// if the rule publishes seat links, so that the audit bundle's links can be checked against the log.
// Spec: docs/deliberation.md ("scoring.closed") and docs/results.md ("Verifying", seat-links).

import { sha256HexOfText } from '../crypto/hash';
import { canonicalize } from '../crypto/jcs';

export interface SeatLink {
  seat: number;
  seal: string;
}

/** SHA-256 (lowercase hex) of the RFC 8785 form of the links, ascending by seat. */
export function seatLinksDigest(links: readonly SeatLink[]): string {
  const sorted = links.map(({ seat, seal }) => ({ seat, seal })).sort((a, b) => a.seat - b.seat);
  return sha256HexOfText(canonicalize(sorted));
}
