// The shapes the public calls pages read, as the HTTP contract types them (shared/calls/callViews.ts).

import type { PublicCallView } from '../../../shared/calls/callViews';

export type PublicCall = PublicCallView;
export type {
  ApplicationStatus,
  ApplicationView,
  CallStatus,
} from '../../../shared/calls/callViews';
