// What is wrong, if anything, with a timelocked witness contribution pasted into the commit form: it must
// be an armored tlock ciphertext sealed to the round the organiser gives (the server checks it again).

import { DRAND_QUICKNET } from '../../../../shared/lottery/drand';
import { readTlockStanza } from '../../../../shared/lottery/timelock';

export type TimelockProblem =
  | 'witness.organiser.timelockFormat'
  | 'witness.organiser.timelockNeedsRound'
  | 'witness.organiser.timelockRound';

/** The message key of the problem, or undefined when the text is sealed to `roundText`'s round. */
export function timelockProblem(armored: string, roundText: string): TimelockProblem | undefined {
  let stanza: { round: number; chainHash: string };
  try {
    stanza = readTlockStanza(armored.replace(/\r\n/g, '\n'));
  } catch {
    return 'witness.organiser.timelockFormat';
  }
  if (stanza.chainHash !== DRAND_QUICKNET.chainHash) return 'witness.organiser.timelockFormat';
  // Sealed to one exact round: a delay would let the server pick another.
  if (roundText.trim() === '') return 'witness.organiser.timelockNeedsRound';
  return Number(roundText.trim()) === stanza.round ? undefined : 'witness.organiser.timelockRound';
}
