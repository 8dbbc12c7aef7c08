import { useId, useState } from 'react';
import { apiSend } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { ProcessStatus, type ProcessState } from '../../../shared/process/processState';
import { DrawSummary } from './DrawSummary';
import { ErrorSummary } from './ErrorSummary';
import { StatusMessage } from './StatusMessage';
import { useFocusLater } from './useFocusLater';
import { useFormState } from './useFormState';

/** The draw, once: a button, then an explicit confirmation inside the page; afterwards its summary. */
export function DrawSection({
  state,
  onChange,
}: {
  state: ProcessState;
  onChange: (next: ProcessState) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const headingId = `${id}-heading`;
  const questionId = `${id}-question`;
  const startId = `${id}-start`;
  const [confirming, setConfirming] = useState(false);
  const form = useFormState();
  const focusLater = useFocusLater();

  async function draw() {
    const next = await form.submit(() =>
      apiSend<ProcessState>('POST', `/api/processes/${encodeURIComponent(state.id)}/draw`),
    );
    setConfirming(false);
    if (next === undefined) return;
    onChange(next);
    form.setNotice({
      key: 'organiser.draw.done',
      values: { seats: next.seats.length, alternates: next.waitingAlternates.length },
    });
    focusLater(headingId);
  }

  return (
    <section aria-labelledby={headingId} className="ceremony-section">
      <h2 id={headingId} tabIndex={-1}>
        {t('organiser.draw.heading')}
      </h2>
      <StatusMessage notice={form.notice} />
      <ErrorSummary errors={form.errors} />
      {state.status === ProcessStatus.Revealed ? (
        <>
          <p>{t('organiser.draw.intro')}</p>
          {confirming ? (
            <div className="confirm-box" role="group" aria-labelledby={questionId}>
              <p id={questionId} tabIndex={-1}>
                <strong>{t('organiser.draw.question')}</strong> {t('organiser.draw.final')}
              </p>
              <div className="button-row">
                <button type="button" disabled={form.busy} onClick={() => void draw()}>
                  {t('organiser.draw.confirm')}
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
                  {t('organiser.draw.cancel')}
                </button>
              </div>
            </div>
          ) : (
            <button
              type="button"
              id={startId}
              onClick={() => {
                setConfirming(true);
                focusLater(questionId);
              }}
            >
              {t('organiser.draw.start')}
            </button>
          )}
        </>
      ) : (
        <DrawSummary state={state} />
      )}
    </section>
  );
}
