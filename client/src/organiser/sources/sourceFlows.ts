// What each ceremony lets the organiser declare as randomness sources before the outcome can be known
// (docs/lottery-spec.md, sections 4 and 10; the tie lottery: docs/results.md). One form serves both.

import type { MessageKey } from '../../i18n/messages';

/** The sources a flow may declare, and the words of its drand round field. */
export interface SourceFlow {
  /** Witnesses' hashed secrets and timelocked contributions may be declared beside the organiser's secret. */
  allowsWitnesses: boolean;
  /** A witness may seal a contribution to the drand round instead of a hashed secret (default: yes). */
  allowsTimelock?: boolean;
  /** The drand round may be chosen by a delay in minutes; otherwise a number, or the server's minimum. */
  allowsDelay: boolean;
  roundLabel: MessageKey;
  roundHint: MessageKey;
}

/** The draw's commitment: witnesses, timelocked contributions, a drand round by delay or by number. */
export const DRAW_SOURCES: SourceFlow = {
  allowsWitnesses: true,
  allowsDelay: true,
  roundLabel: 'organiser.commit.round',
  roundHint: 'organiser.commit.roundHint',
};

/**
 * The tie lottery: its route takes a drand round only (the server makes the organiser's secret and, with
 * no round given, picks the first one after its minimum delay); its record format has no witnesses.
 */
export const TIE_SOURCES: SourceFlow = {
  allowsWitnesses: false,
  allowsDelay: false,
  roundLabel: 'organiser.results.lottery.round',
  roundHint: 'organiser.results.lottery.roundHint',
};

/**
 * Stage one's draw (kleroterion-invitations/1, or kleroterion-draw/1 over an unstratified register): the
 * draw's sources, but no timelocked contribution, which kleroterion-invitations/1 does not take.
 */
export const STAGE_ONE_SOURCES: SourceFlow = { ...DRAW_SOURCES, allowsTimelock: false };
