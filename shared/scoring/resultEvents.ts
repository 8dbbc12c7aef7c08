// The events that settle a tie across the cut and publish the results, appended to the process's chain.
// Spec: docs/results.md, sections "Ties across the cut" and "Publication".

import { z } from 'zod';
import { BeaconProof } from '../lottery/protocol';
import { TieCommitment } from './tieBreak';

export const ResultEventType = {
  TieVoteRecorded: 'tie.voteRecorded',
  TieLotteryDeclared: 'tie.lotteryDeclared',
  TieLotteryDrawn: 'tie.lotteryDrawn',
  ResultsPublished: 'results.published',
} as const;

const dossierId = z.string().min(1).max(40);
const hex32 = z.string().regex(/^[0-9a-f]{64}$/);

export const RESULT_EVENT_SCHEMAS = [
  z.strictObject({
    type: z.literal(ResultEventType.TieVoteRecorded),
    payload: z.strictObject({
      tied: z.array(dossierId).min(2),
      places: z.number().int().min(1),
      /** dossier id → votes it received, as counted in the room. */
      votes: z.record(dossierId, z.number().int().min(0).max(1000)),
    }),
  }),
  z.strictObject({
    type: z.literal(ResultEventType.TieLotteryDeclared),
    payload: z.strictObject({ commitment: TieCommitment, commitmentHash: hex32 }),
  }),
  z.strictObject({
    type: z.literal(ResultEventType.TieLotteryDrawn),
    payload: z.strictObject({
      values: z.array(z.string().nullable()),
      beacons: z.array(BeaconProof),
      order: z.array(dossierId),
    }),
  }),
  z.strictObject({
    type: z.literal(ResultEventType.ResultsPublished),
    payload: z.strictObject({
      shortlist: z.array(dossierId),
      /** SHA-256 of the JCS form of the results, as recomputed from the log. */
      resultsHash: hex32,
    }),
  }),
] as const;

export type ResultEvent = z.infer<(typeof RESULT_EVENT_SCHEMAS)[number]>;
