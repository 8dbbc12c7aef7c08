// The aggregation rule: how grades become a ranking and a shortlist. It is fixed when the deliberation room
// opens (inside the `deliberation.opened` event), before anyone grades, and shown to jurors.
// Spec: docs/results.md, section "The rule".

import { z } from 'zod';
import { ASSESSMENT_LEVELS, type AssessmentLevel } from '../dossier/dossier';
import { gradeRank, gradesOf, type GradingScale } from './gradingScale';

export const METHODS = ['majority-judgment', 'weighted-mean'] as const;
export type Method = (typeof METHODS)[number];

/** How an exact tie across the cut is settled once the comparisons of the chain are exhausted. */
export const TIE_RESOLUTIONS = ['room-vote', 'lottery'] as const;
export type TieResolution = (typeof TIE_RESOLUTIONS)[number];

export const AggregationRule = z.strictObject({
  method: z.enum(METHODS),
  /** criterion id → integer weight (1–5): a criterion of weight w counts its grades w times. */
  weights: z.record(z.string(), z.number().int().min(1).max(5)),
  /** Fewest eligible jurors for a dossier to be ranked at all. */
  quorum: z.number().int().min(1).max(1000),
  /** Lowest grade a winner may have (its majority grade, or its mean for the weighted mean). */
  floor: z.string().min(1).max(20),
  /** At most this many winners; fewer is fine. */
  max: z.number().int().min(1).max(100),
  /**
   * Comparisons applied in order until two dossiers differ; the first is always the method itself.
   * Majority judgment breaks its own ties by removing one median grade at a time (Balinski–Laraki).
   */
  tieBreak: z.array(z.enum(METHODS)).min(1).max(2),
  /** What settles an exact tie across the cut: a recorded vote of the room, or a verifiable lottery. */
  tieResolution: z.enum(TIE_RESOLUTIONS),
  /**
   * The administration's pre-screening as a share (percent, 0 = off) of each merit profile, and the grade
   * each of its four assessment levels stands for on the jury's scale.
   */
  prescreening: z.strictObject({
    share: z.number().int().min(0).max(90),
    levels: z.strictObject(
      Object.fromEntries(ASSESSMENT_LEVELS.map((level) => [level, z.string().min(1)])) as Record<
        AssessmentLevel,
        z.ZodString
      >,
    ),
  }),
  /** Whether the public bundle links each sealed ballot to its seat (decided before deliberation). */
  publishSeatGrades: z.boolean(),
});
export type AggregationRule = z.infer<typeof AggregationRule>;

/** The rule's fields an organiser may choose when opening the room; the rest follows from the process. */
export const RuleChoices = AggregationRule.pick({
  method: true,
  weights: true,
  quorum: true,
  floor: true,
  tieResolution: true,
  publishSeatGrades: true,
})
  .extend({ prescreeningShare: z.number().int().min(0).max(90) })
  .partial();
export type RuleChoices = z.infer<typeof RuleChoices>;

const PRESCREENING_LEVELS: Record<GradingScale['kind'], Record<AssessmentLevel, string>> = {
  'majority-7': {
    insufficient: 'insuffisant',
    fragile: 'passable',
    satisfactory: 'bien',
    strong: 'tres-bien',
  },
  numeric: { insufficient: '2', fragile: '4', satisfactory: '7', strong: '9' },
};

const DEFAULT_FLOOR: Record<GradingScale['kind'], string> = { 'majority-7': 'bien', numeric: '6' };

/** The complete rule from the organiser's choices, with the documented defaults for everything else. */
export function ruleFrom(
  choices: RuleChoices,
  scale: GradingScale,
  criterionIds: readonly string[],
  max: number,
): AggregationRule {
  const method = choices.method ?? 'majority-judgment';
  return {
    method,
    weights: Object.fromEntries(criterionIds.map((id) => [id, choices.weights?.[id] ?? 1])),
    quorum: choices.quorum ?? 8,
    floor: choices.floor ?? DEFAULT_FLOOR[scale.kind],
    max,
    tieBreak:
      method === 'majority-judgment'
        ? ['majority-judgment', 'weighted-mean']
        : ['weighted-mean', 'majority-judgment'],
    tieResolution: choices.tieResolution ?? 'lottery',
    prescreening: {
      share: choices.prescreeningShare ?? 0,
      levels: PRESCREENING_LEVELS[scale.kind],
    },
    publishSeatGrades: choices.publishSeatGrades ?? false,
  };
}

/** Problems that make a rule unusable with this scale and these criteria (empty when it is sound). */
export function ruleProblems(
  rule: AggregationRule,
  scale: GradingScale,
  criterionIds: readonly string[],
): string[] {
  const problems: string[] = [];
  const grades = gradesOf(scale);
  if (gradeRank(scale, rule.floor) === undefined)
    problems.push(`floor ${rule.floor} is not a grade of the scale (${grades.join(', ')})`);
  for (const [level, grade] of Object.entries(rule.prescreening.levels))
    if (gradeRank(scale, grade) === undefined)
      problems.push(`pre-screening level ${level} maps to ${grade}, not a grade of the scale`);
  const weighted = Object.keys(rule.weights).sort();
  if (weighted.join() !== [...criterionIds].sort().join())
    problems.push(`weights must cover exactly the criteria ${criterionIds.join(', ')}`);
  if (rule.tieBreak[0] !== rule.method) problems.push('the tie-break chain starts with the method');
  if (new Set(rule.tieBreak).size !== rule.tieBreak.length)
    problems.push('the tie-break chain repeats a comparison');
  return problems;
}
