import { PUBLIC_RELOAD_SPREAD_MS, useProcessEvents } from '../realtime/useProcessEvents';
import { useResults } from '../api/useResults';
import { WithheldNotice } from '../ui/WithheldNotice';

/**
 * On the public page of a process whose confidential deliberation is in progress: that the jury is at
 * work and how far it is (counts from the public results route). Nothing otherwise.
 */
export function DeliberationProgressPanel({ processId }: { processId: string }) {
  const { load, reload } = useResults(processId);
  useProcessEvents(processId, reload, { spreadMs: PUBLIC_RELOAD_SPREAD_MS });
  return load.kind === 'withheld' ? <WithheldNotice progress={load.view.progress} /> : null;
}
