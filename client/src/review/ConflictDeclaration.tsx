import { useId, useState } from 'react';
import { apiSend } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { ErrorSummary } from '../organiser/ErrorSummary';
import { useFocusLater } from '../organiser/useFocusLater';
import { useFormState } from '../organiser/useFormState';
import { explainReviewerError } from './reviewerErrors';

/** "I have a conflict of interest": a button, then an explicit confirmation saying what will happen. */
export function ConflictDeclaration({
  token,
  applicationRef,
  title,
  onDeclared,
}: {
  token: string;
  applicationRef: string;
  title: string;
  onDeclared: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const questionId = `${id}-question`;
  const startId = `${id}-start`;
  const [confirming, setConfirming] = useState(false);
  const form = useFormState();
  const focusLater = useFocusLater();

  async function declare() {
    const done = await form.submit(
      () =>
        apiSend<{ ok: true }>(
          'POST',
          `/api/reviewers/${encodeURIComponent(token)}/applications/${encodeURIComponent(applicationRef)}/conflict`,
        ),
      explainReviewerError,
    );
    setConfirming(false);
    if (done !== undefined) onDeclared();
  }

  return (
    <div className="conflict">
      <ErrorSummary errors={form.errors} />
      {confirming ? (
        <div className="confirm-box" role="group" aria-labelledby={questionId}>
          <p id={questionId} tabIndex={-1}>
            <strong>{t('review.conflict.question', { title })}</strong>{' '}
            {t('review.conflict.consequence')}
          </p>
          <div className="button-row">
            <button type="button" disabled={form.busy} onClick={() => void declare()}>
              {t('review.conflict.confirm')}
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={form.busy}
              onClick={() => {
                setConfirming(false);
                focusLater(startId);
              }}
            >
              {t('review.conflict.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <p className="hint">{t('review.conflict.hint')}</p>
          <button
            type="button"
            id={startId}
            className="button-secondary"
            onClick={() => {
              setConfirming(true);
              focusLater(questionId);
            }}
          >
            {t('review.conflict.declare')}
          </button>
        </>
      )}
    </div>
  );
}
