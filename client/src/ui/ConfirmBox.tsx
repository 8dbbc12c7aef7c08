import type { ReactNode } from 'react';

/**
 * The explicit confirmation of an action that cannot be undone, shown in the page (not a dialog): the
 * question and its consequence, then confirm and cancel. The caller focuses `questionId` when it opens.
 */
export function ConfirmBox({
  questionId,
  question,
  consequence,
  confirmLabel,
  cancelLabel,
  busy,
  onConfirm,
  onCancel,
  details,
}: {
  questionId: string;
  question: ReactNode;
  consequence: string;
  confirmLabel: string;
  cancelLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** What the organiser should read before confirming, shown between the question and the buttons. */
  details?: ReactNode;
}) {
  return (
    <div className="confirm-box" role="group" aria-labelledby={questionId}>
      <p id={questionId} tabIndex={-1}>
        <strong>{question}</strong> {consequence}
      </p>
      {details}
      <div className="button-row">
        <button type="button" disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button-secondary" disabled={busy} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
