// Message keys of the pre-screening vocabulary (opinions, axes, levels, project fields), shared by the
// reviewers' page and the organiser's console, so that both name things the same way.

import type { Opinion } from '../../../shared/calls/callEvents';
import type { Axis } from '../../../shared/calls/review';
import type {
  AssessmentLevel,
  CHARTER_ITEMS,
  LeadType,
  SupportLever,
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

export const LEAD_TYPE_KEYS: Record<LeadType, MessageKey> = {
  citizen: 'review.leadType.citizen',
  association: 'review.leadType.association',
  company: 'review.leadType.company',
};

export const LEVER_KEYS: Record<SupportLever, MessageKey> = {
  'data-digital': 'review.lever.dataDigital',
  coaching: 'review.lever.coaching',
  'administration-connections': 'review.lever.administrationConnections',
  'funding-legal': 'review.lever.fundingLegal',
  compliance: 'review.lever.compliance',
  'innovation-venues': 'review.lever.innovationVenues',
  'local-experimentation': 'review.lever.localExperimentation',
  promotion: 'review.lever.promotion',
};

export const CHARTER_KEYS: Record<(typeof CHARTER_ITEMS)[number], MessageKey> = {
  'public-service-values': 'review.charter.publicServiceValues',
  'funding-transparency': 'review.charter.fundingTransparency',
  'open-results': 'review.charter.openResults',
  network: 'review.charter.network',
};
