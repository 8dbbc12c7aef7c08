import { PUBLIC_RELOAD_SPREAD_MS, useReloadOnChange } from '../realtime/useProcessEvents';
import { useResults } from '../api/useResults';
import { WithheldNotice } from '../ui/WithheldNotice';

/**
 * On the public page of a process whose confidential deliberation is in progress: that the jury is at
 * work and how far it is. The counts come from the public results route: the events that change them are
 * withheld from the public feed until publication, so the page's fold cannot compute them. They are asked
 * again when the page's fold moves (`lastSeq`: a withheld entry is still counted), spread over a window.
 */
export function DeliberationProgressPanel({
  processId,
  lastSeq,
}: {
  processId: string;
  lastSeq: number;
}) {
  const { load, reload } = useResults(processId);
  useReloadOnChange(lastSeq, reload, PUBLIC_RELOAD_SPREAD_MS);
  return load.kind === 'withheld' ? <WithheldNotice progress={load.view.progress} /> : null;
}
