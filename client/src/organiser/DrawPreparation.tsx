import { useState } from 'react';
import type { ProcessState } from '../../../shared/process/processState';
import { JobStatus } from '../../../shared/stratify/stratificationView';
import { CommitSection } from './CommitSection';
import { RegisterSection } from './RegisterSection';
import { RegistrationSection } from './RegistrationSection';
import { StageOneDrawSection } from './StageOneDrawSection';
import { StratifiedSection } from './StratifiedSection';
import { useStratification } from './useStratification';

/**
 * Before the draw: stage one (the register, the invitations' draw, the registrations), the optional
 * stratified lottery, then the commitment (which may choose it).
 */
export function DrawPreparation({
  state,
  onCommitted,
}: {
  state: ProcessState;
  onCommitted: (next: ProcessState, organiserSecret: string) => void;
}) {
  const stratification = useStratification(state);
  const [registerVersion, setRegisterVersion] = useState(0);
  const [stageOneVersion, setStageOneVersion] = useState(0);
  const [isStageOneCommitted, setStageOneCommitted] = useState(false);
  const { view } = stratification;
  const isStratifiedReady =
    view !== undefined &&
    !view.isFrozen &&
    view.lottery !== undefined &&
    view.quotas?.isStale === false &&
    view.job.status !== JobStatus.Running;
  return (
    <>
      <RegisterSection
        processId={state.id}
        onImported={() => setRegisterVersion((n) => n + 1)}
        isLocked={isStageOneCommitted}
      />
      <StageOneDrawSection
        processId={state.id}
        registerVersion={registerVersion}
        onDrawn={() => setStageOneVersion((n) => n + 1)}
        onCommitted={setStageOneCommitted}
      />
      <RegistrationSection
        key={stageOneVersion}
        processId={state.id}
        canUpload={!isStageOneCommitted}
      />
      <StratifiedSection state={state} stratification={stratification} />
      <CommitSection state={state} onCommitted={onCommitted} stratifiedReady={isStratifiedReady} />
    </>
  );
}
