// Message keys of a dossier's vocabulary (lead types, support levers, charter items, assessment axes and
// levels), shared by the reviewers' page, the organiser's console and the deliberation room, so that all
// of them name things with the applicant's own words.

import type { Axis } from '../../../shared/calls/review';
import {
  CHARTER_ITEMS,
  SUPPORT_LEVERS,
  type AssessmentLevel,
  type LeadType,
  type SupportLever,
} from '../../../shared/dossier/dossier';
import type { MessageKey } from './messages';

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

// The project's vocabulary is the application form's own (calls.*): reviewers, the organiser and the
// jury read the very words the applicant chose from.
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
