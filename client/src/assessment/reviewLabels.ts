// Message keys of the pre-screening vocabulary: the reviewers' opinions here; the dossier's own vocabulary
// (axes, levels, project fields) lives in i18n/dossierLabels.ts, shared with the deliberation room.

import type { Opinion } from '../../../shared/calls/callEvents';
import type { MessageKey } from '../i18n/messages';

export const OPINION_KEYS: Record<Opinion, MessageKey> = {
  admissible: 'review.opinion.admissible',
  'not-admissible': 'review.opinion.notAdmissible',
  'to-discuss': 'review.opinion.toDiscuss',
};
