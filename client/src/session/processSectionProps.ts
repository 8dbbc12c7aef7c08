// What every console section or form that changes a process takes: the process as folded, and where to send
// the state a command answered with.

import type { ProcessState } from '../../../shared/process/processState';

export interface ProcessSectionProps {
  state: ProcessState;
  /** Called with the state the server answered after a command succeeded. */
  onChange: (next: ProcessState) => void;
}
