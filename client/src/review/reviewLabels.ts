// Message keys of the pre-screening vocabulary (opinions, axes, levels, project fields), shared by the
// reviewers' page and the organiser's console, so that both name things the same way.

import type { Opinion } from '../../../shared/calls/callEvents';
import type { Axis } from '../../../shared/calls/review';
import {
  CHARTER_ITEMS,
  SUPPORT_LEVERS,
  type AssessmentLevel,
  type LeadType,
  type SupportLever,
} from '../../../shared/deliberation/dossier';
import type { MessageKey } from '../i18n/messages';

export const OPINION_KEYS: Record<Opinion, MessageKey> = {
  admissible: 'review.opinion.admissible',
  'not-admissible': 'review.opinion.notAdmissible',
  'to-discuss': 'review.opinion.toDiscuss',
};

export const AXIS_KEYS: Record<Axis, MessageKey> = {
  solidity: 'review.axis.solidity',
  feasibility: 'review.axis.feasibility',
  impact: 'review.axis.impact',
  supportValue: 'review.axis.supportValue',
};

export const LEVEL_KEYS: Record<AssessmentLevel, MessageKey> = {
  insufficient: 'review.level.insufficient',
  fragile: 'review.level.fragile',
  satisfactory: 'review.level.satisfactory',
  strong: 'review.level.strong',
};

// The project's vocabulary is the application form's own (calls.*): reviewers and the organiser read
// the very words the applicant chose from.
export const LEAD_TYPE_KEYS: Record<LeadType, MessageKey> = {
  citizen: 'calls.leadType.citizen',
  association: 'calls.leadType.association',
  company: 'calls.leadType.company',
};

export const LEVER_KEYS = Object.fromEntries(
  SUPPORT_LEVERS.map((lever) => [lever, `calls.lever.${lever}` as const]),
) as Record<SupportLever, MessageKey>;

export const CHARTER_KEYS = Object.fromEntries(
  CHARTER_ITEMS.map((item) => [item, `calls.charter.${item}.short` as const]),
) as Record<(typeof CHARTER_ITEMS)[number], MessageKey>;
