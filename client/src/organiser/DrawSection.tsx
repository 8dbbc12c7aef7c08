import type { ProcessSectionProps } from '../session/processSectionProps';
import { useId } from 'react';
import { useConfirmStep } from '../ui/useConfirmStep';
import { ConfirmBox } from '../ui/ConfirmBox';
import { useI18n } from '../i18n/useI18n';
import { ProcessStatus } from '../../../shared/process/processState';
import { DrawSummary } from './DrawSummary';
import { ErrorSummary } from '../ui/ErrorSummary';
import { StatusMessage } from '../ui/StatusMessage';
import { useFocusLater } from '../ui/useFocusLater';
import { useFormState } from '../session/useFormState';
import { api } from '../api/api';

/** The draw, once: a button, then an explicit confirmation inside the page; afterwards its summary. */
export function DrawSection({ state, onChange }: ProcessSectionProps) {
  const { t } = useI18n();
  const id = useId();
  const headingId = `${id}-heading`;
  const confirm = useConfirmStep();
  const form = useFormState();
  const focusLater = useFocusLater();

  async function draw() {
    const next = await form.submit(() => api('processes.draw', { params: { id: state.id } }));
    confirm.close();
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
          {confirm.isOpen ? (
            <ConfirmBox
              {...confirm.box}
              question={t('organiser.draw.question')}
              consequence={t('organiser.draw.final')}
              confirmLabel={t('organiser.draw.confirm')}
              cancelLabel={t('organiser.draw.cancel')}
              busy={form.busy}
              onConfirm={() => void draw()}
            />
          ) : (
            <button className="fr-btn" type="button" id={confirm.triggerId} onClick={confirm.open}>
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
