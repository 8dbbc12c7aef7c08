// The decision rule as the facilitator types it in the open-room form: its defaults and its parsing into
// the choices sent when the room opens. Defaults come from the shared rule, so the form never drifts from it.

import { gradesOf, type GradingScale } from '../../../shared/scoring/gradingScale';
import type { Criterion } from '../../../shared/process/processEvents';
import {
  ruleFrom,
  type Method,
  type RuleChoices,
  type TieResolution,
} from '../../../shared/scoring/rule';
import type { FormError } from '../ui/formErrors';
import { isFormError, parseInteger } from '../ui/formValues';

export interface RuleDraft {
  method: Method;
  quorum: string;
  floor: string;
  tieResolution: TieResolution;
  /** Criterion id → weight as typed. */
  weights: Record<string, string>;
  prescreeningShare: string;
  publishSeatGrades: boolean;
}

export interface RuleFieldIds {
  quorum: string;
  floor: string;
  share: string;
  weight: (criterionId: string) => string;
}

/** Field names used in error messages, in the reader's language. */
export interface RuleFieldNames {
  quorum: string;
  share: string;
  weight: (criterion: Criterion) => string;
}

export const QUORUM_RANGE = { min: 1, max: 1000 };
export const WEIGHT_RANGE = { min: 1, max: 5 };
export const SHARE_RANGE = { min: 0, max: 90 };

/** The floor the shared rule uses when none is chosen, for this scale. */
export const defaultFloor = (scale: GradingScale): string => ruleFrom({}, scale, [], 1).floor;

/**
 * The quorum the form proposes: a majority of the jury (8 of 15, the shared rule's default), so that a
 * smaller jury is never offered a quorum it cannot reach. Without the jury's size, the shared default.
 */
export const proposedQuorum = (seats: number | undefined): number | undefined =>
  seats === undefined ? undefined : Math.floor(seats / 2) + 1;

export function defaultRuleDraft(
  scale: GradingScale,
  criteria: readonly Criterion[],
  seats?: number,
): RuleDraft {
  const quorum = proposedQuorum(seats);
  const rule = ruleFrom(
    quorum === undefined ? {} : { quorum },
    scale,
    criteria.map((criterion) => criterion.id),
    1,
  );
  return {
    method: rule.method,
    quorum: String(rule.quorum),
    floor: rule.floor,
    tieResolution: rule.tieResolution,
    weights: Object.fromEntries(
      Object.entries(rule.weights).map(([id, weight]) => [id, String(weight)]),
    ),
    prescreeningShare: String(rule.prescreening.share),
    publishSeatGrades: rule.publishSeatGrades,
  };
}

/**
 * The choices to send, or every field's error. Without criteria (they could not be loaded) the weights
 * are left out, so that the server keeps weight 1 for each.
 */
export function parseRuleDraft(
  draft: RuleDraft,
  scale: GradingScale,
  criteria: readonly Criterion[],
  ids: RuleFieldIds,
  names: RuleFieldNames,
): RuleChoices | FormError[] {
  const errors: FormError[] = [];
  const quorum = parseInteger(draft.quorum, QUORUM_RANGE, names.quorum, ids.quorum);
  if (isFormError(quorum)) errors.push(quorum);
  if (!gradesOf(scale).includes(draft.floor))
    errors.push({ key: 'room.rule.floorInvalid', fieldId: ids.floor });
  const weights: Record<string, number> = {};
  for (const criterion of criteria) {
    const weight = parseInteger(
      draft.weights[criterion.id] ?? '',
      WEIGHT_RANGE,
      names.weight(criterion),
      ids.weight(criterion.id),
    );
    if (isFormError(weight)) errors.push(weight);
    else weights[criterion.id] = weight;
  }
  const share = parseInteger(draft.prescreeningShare, SHARE_RANGE, names.share, ids.share);
  if (isFormError(share)) errors.push(share);
  if (errors.length > 0 || isFormError(quorum) || isFormError(share)) return errors;
  return {
    method: draft.method,
    quorum,
    floor: draft.floor,
    tieResolution: draft.tieResolution,
    ...(criteria.length === 0 ? {} : { weights }),
    prescreeningShare: share,
    publishSeatGrades: draft.publishSeatGrades,
  };
}
