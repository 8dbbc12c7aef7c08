// The public page's "Prochaine étape": what comes after the stage a process is at, and when, where the
// commitment fixes a date (the drand round the draw waits for).

import type { ProcessStage } from '../../../shared/process/processStage';
import type { MessageKey } from '../i18n/messages';

export interface NextStep {
  key: MessageKey;
  /** ISO date of the next step, when the commitment fixes one and it is still ahead. */
  at?: string;
}

/** The step after `stage`; none once the results are published. `now` is in milliseconds. */
export function nextStep(
  stage: ProcessStage,
  drandRoundTime: string | undefined,
  now: number,
): NextStep | undefined {
  switch (stage) {
    case 'draft':
      return { key: 'public.next.commit' };
    case 'committed':
    case 'revealed':
      return drandRoundTime !== undefined && Date.parse(drandRoundTime) > now
        ? { key: 'public.next.drawAt', at: drandRoundTime }
        : { key: 'public.next.draw' };
    case 'drawn':
      return { key: 'public.next.invitations' };
    case 'invitations':
      return { key: 'public.next.deliberation' };
    case 'deliberation':
      return { key: 'public.next.results' };
    case 'published':
      return undefined;
  }
}
