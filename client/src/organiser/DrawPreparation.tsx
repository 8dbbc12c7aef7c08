import type { ProcessState } from '../../../shared/process/processState';
import { JobStatus } from '../../../shared/stratify/stratificationView';
import { CommitSection } from './CommitSection';
import { RegisterSection } from './RegisterSection';
import { StratifiedSection } from './StratifiedSection';
import { useStratification } from './useStratification';

/** Before the draw: the optional stratified lottery, then the commitment (which may choose it). */
export function DrawPreparation({
  state,
  onCommitted,
}: {
  state: ProcessState;
  onCommitted: (next: ProcessState, organiserSecret: string) => void;
}) {
  const stratification = useStratification(state);
  const { view } = stratification;
  const isStratifiedReady =
    view !== undefined &&
    !view.isFrozen &&
    view.lottery !== undefined &&
    view.quotas?.isStale === false &&
    view.job.status !== JobStatus.Running;
  return (
    <>
      <RegisterSection processId={state.id} />
      <StratifiedSection state={state} stratification={stratification} />
      <CommitSection state={state} onCommitted={onCommitted} stratifiedReady={isStratifiedReady} />
    </>
  );
}
