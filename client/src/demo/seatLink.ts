// The room link a demonstration's invitation page gives: the seat's invitation token in the fragment, so
// that one browser holding the organiser's session can still sit as several jurors, one per tab. The
// fragment never reaches the server's logs; the token is the same credential the invitation link is.

const TOKEN = /^[A-Za-z0-9_-]{22,64}$/;

export const roomLinkForSeat = (processId: string, token: string): string =>
  `/salle/${processId}#siege=${token}`;

/** The invitation token in a `#siege=…` fragment, or undefined. */
export function seatTokenOfHash(hash: string): string | undefined {
  const match = /^#siege=(.+)$/.exec(hash);
  const token = match?.[1];
  return token !== undefined && TOKEN.test(token) ? token : undefined;
}
