// The stratified option of a process's draw: its commitment is a kleroterion-stratified/1 commitment that
// also names the process and its imported pool, and its record is turned into seats and alternates.
// Spec: docs/lottery-spec.md, section 16; docs/stratification.md, section "In the organiser console".

import { z } from 'zod';
import { Commitment, DrawRecord } from '../lottery/protocol';
import { StratifiedCommitment, StratifiedRecord } from '../stratify/stratifiedProtocol';
import { drawSelection, isStratifiedRecord } from './drawSelection';

const hex32 = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * §16's commitment plus what binds it to the process: the pool as imported (its root over the same
 * pseudonymous ids), the seats (= panelSize) and the most alternates that can be called
 * (alternatesPerSeat × seats). Extra fields are allowed by §16 and covered by the commitment hash.
 */
export const ProcessStratifiedCommitment = StratifiedCommitment.extend({
  title: z.string(),
  process: z.string(),
  committedAt: z.string(),
  poolRoot: hex32,
  poolSize: z.number().int().min(1),
  seats: z.number().int().min(1),
  alternates: z.number().int().min(0),
}).superRefine((commitment, ctx) => {
  if (commitment.seats !== commitment.panelSize)
    ctx.addIssue({ code: 'custom', path: ['seats'], message: 'seats must equal panelSize' });
  if (commitment.respondentCount !== commitment.poolSize)
    ctx.addIssue({
      code: 'custom',
      path: ['respondentCount'],
      message: 'every volunteer of the pool is a respondent',
    });
});
export type ProcessStratifiedCommitment = z.infer<typeof ProcessStratifiedCommitment>;

/** A process's commitment: a plain draw (kleroterion-draw/1 or /2) or a stratified one. */
export const ProcessCommitment = z.union([Commitment, ProcessStratifiedCommitment]);
export type ProcessCommitment = z.infer<typeof ProcessCommitment>;

/** A process's draw record, of either protocol. */
export const ProcessRecord = z.union([DrawRecord, StratifiedRecord]);
export type ProcessRecord = z.infer<typeof ProcessRecord>;

export { drawSelection, isStratifiedRecord, type SelectionPick } from './drawSelection';

/**
 * The rank of the alternate who takes a freed seat, if any is left: the first waiting one for a plain
 * draw; for a stratified draw, the first waiting one of that seat's type, so that every quota still holds.
 */
export function nextAlternateFor(
  record: ProcessRecord | undefined,
  waitingAlternates: readonly number[],
  seat: number,
): number | undefined {
  if (record === undefined || !isStratifiedRecord(record)) return waitingAlternates[0];
  const picks = drawSelection(record);
  return waitingAlternates.find((rank) => picks[rank - 1]?.forSeat === seat);
}
