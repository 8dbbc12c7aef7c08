// The shapes the calls console reads, as the HTTP contract types them (shared/calls/callViews.ts): the
// organiser's view of one call (route 'calls.get'), the public list of calls, and the public list of
// processes (the jury to send the dossiers to).

export type {
  CallApplication,
  CallReviewer,
  OrganiserCallView,
  PublicCallView,
  ReviewProgress,
} from '../../../shared/calls/callViews';

/** The public list of processes (route 'public.processes'). */
export interface ProcessSummary {
  id: string;
  title: string;
  status: string;
}
