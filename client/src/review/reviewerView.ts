// What a reviewer's private link answers (route 'reviewers.get'), as the HTTP contract types it.

export type { ReviewerApplication, ReviewerView } from '../../../shared/calls/callViews';
