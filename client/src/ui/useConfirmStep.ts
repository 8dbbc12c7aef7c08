// The state of a confirm-then-act step beside its trigger: opening shows the confirmation in the page
// (ConfirmBox) and moves focus to its question; cancelling hides it and gives focus back to the trigger.

import { useId, useState } from 'react';
import { useFocusLater } from './useFocusLater';

export interface ConfirmStep {
  isOpen: boolean;
  /** The trigger's id: focus comes back to it on cancel. */
  triggerId: string;
  /** Shows the confirmation and focuses its question. */
  open: () => void;
  /** Hides the confirmation once the action has run (focus is then the caller's to move). */
  close: () => void;
  /** What ConfirmBox takes from the step: the question's id, and the cancel that returns focus. */
  box: { questionId: string; onCancel: () => void };
}

/** `triggerId`, when given, names the trigger's element; otherwise the step makes up an id for it. */
export function useConfirmStep(triggerId?: string): ConfirmStep {
  const id = useId();
  const questionId = `${id}-question`;
  const trigger = triggerId ?? `${id}-start`;
  const [isOpen, setOpen] = useState(false);
  const focusLater = useFocusLater();
  return {
    isOpen,
    triggerId: trigger,
    open: () => {
      setOpen(true);
      focusLater(questionId);
    },
    close: () => setOpen(false),
    box: {
      questionId,
      onCancel: () => {
        setOpen(false);
        focusLater(trigger);
      },
    },
  };
}
