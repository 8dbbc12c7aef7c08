import type { ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { SmallButtonRow } from './SmallButtonRow';

/**
 * The explicit confirmation of an action that cannot be undone, shown in the page beside the button that
 * asked for it (a DSFR Alert of type warning holding the question, its consequence and a confirm /
 * cancel button group). The caller focuses `questionId` when it opens, and returns focus to its trigger
 * on cancel. Prefer it to ConfirmModal when what to read before confirming is long or interactive;
 * ConfirmModal fits a short question.
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
    <div
      className={fr.cx('fr-alert', 'fr-alert--warning', 'fr-my-2w')}
      role="group"
      aria-labelledby={questionId}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !busy) onCancel();
      }}
    >
      <p id={questionId} tabIndex={-1}>
        <strong>{question}</strong> {consequence}
      </p>
      {details}
      <SmallButtonRow>
        <li>
          <button type="button" className={fr.cx('fr-btn')} disabled={busy} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </li>
        <li>
          <button
            type="button"
            className={fr.cx('fr-btn', 'fr-btn--secondary')}
            disabled={busy}
            onClick={onCancel}
          >
            {cancelLabel}
          </button>
        </li>
      </SmallButtonRow>
    </div>
  );
}
