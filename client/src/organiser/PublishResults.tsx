import { useId } from 'react';
import { useConfirmStep } from '../ui/useConfirmStep';
import { ConfirmBox } from '../ui/ConfirmBox';
import { api } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import type { ProcessState } from '../../../shared/process/processState';
import { ErrorSummary } from '../ui/ErrorSummary';
import { PublicationCheck } from './PublicationCheck';
import { describeWithCode } from './resultErrors';
import type { ProcessResults } from './resultsTypes';
import { useFormState } from '../session/useFormState';

/** Publication, once and for good: a button, then an explicit confirmation inside the page. */
export function PublishResults({
  results,
  scoringOpen = false,
  onPublished,
}: {
  results: ProcessResults;
  /** A dossier is being scored in the room: the server refuses publication until its reveal. */
  scoringOpen?: boolean;
  onPublished: (next: ProcessState) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const checkId = `${id}-check`;
  const confirm = useConfirmStep();
  const form = useFormState();
  const { tie, dossiers } = results.results;

  if (results.published !== null) return null;
  if (tie !== null && tie.settlement === null)
    return <p>{t('organiser.results.publish.needTie')}</p>;
  if (dossiers.every((dossier) => dossier.status === 'not-graded'))
    return <p>{t('organiser.results.publish.needGrades')}</p>;
  if (scoringOpen) return <p>{t('organiser.results.publish.needReveal')}</p>;

  async function publish() {
    const next = await form.submit(
      () => api('results.publish', { params: { id: results.process.id } }),
      (error) => [describeWithCode(error)],
    );
    confirm.close();
    // On failure the error summary takes focus; on success the section's heading does.
    if (next !== undefined) onPublished(next);
  }

  return (
    <>
      <ErrorSummary errors={form.errors} />
      {confirm.isOpen ? (
        <ConfirmBox
          {...confirm.box}
          question={t('organiser.results.publish.question')}
          consequence={t('organiser.results.publish.final')}
          confirmLabel={t('organiser.results.publish.confirm')}
          cancelLabel={t('organiser.results.publish.cancel')}
          busy={form.busy}
          onConfirm={() => void publish()}
          details={<PublicationCheck results={results} headingId={checkId} />}
        />
      ) : (
        <button className="fr-btn" type="button" id={confirm.triggerId} onClick={confirm.open}>
          {t('organiser.results.publish.start')}
        </button>
      )}
    </>
  );
}
