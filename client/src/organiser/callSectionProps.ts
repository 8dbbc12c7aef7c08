// What every section of a call's console page takes: the organiser's view of the call, and the reload to
// run after a command succeeded.

import type { OrganiserCallView } from './callView';

export interface CallSectionProps {
  view: OrganiserCallView;
  /** Reloads the call's view; resolves once the page shows the new one. */
  onChange: () => Promise<unknown>;
}
