import type { CallSectionProps } from './callSectionProps';
import { useId } from 'react';
import { api } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import { ErrorSummary } from '../ui/ErrorSummary';
import { ProgressChart } from './LazyProgressChart';
import { ProgressTable } from './ProgressTable';
import { StatusMessage } from '../ui/StatusMessage';
import { useFormState } from '../session/useFormState';

/** Where pre-screening stands: the counts, the balanced assignment of new applications, and each reviewer's load. */
export function ProgressSection({ view, onChange }: CallSectionProps) {
  const { t } = useI18n();
  const id = useId();
  const form = useFormState();
  const { progress, reviewers } = view;
  const { applications } = progress;
  const canAssign = applications.unassigned > 0 && reviewers.length >= 2;

  async function assign() {
    const count = applications.unassigned;
    const done = await form.submit(() => api('calls.assign', { params: { id: view.call.id } }));
    if (done === undefined) return;
    await onChange();
    form.setNotice({ key: 'organiser.calls.assign.done', values: { count } });
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="ceremony-section">
      <h2 id={`${id}-heading`}>{t('organiser.calls.progress.heading')}</h2>
      <dl className="facts">
        <dt>{t('organiser.calls.progress.received')}</dt>
        <dd>{applications.received}</dd>
        <dt>{t('organiser.calls.progress.unassigned')}</dt>
        <dd>{applications.unassigned}</dd>
        <dt>{t('organiser.calls.progress.fullyReviewed')}</dt>
        <dd>{applications.fullyReviewed}</dd>
        <dt>{t('organiser.calls.progress.settled')}</dt>
        <dd>{applications.settled}</dd>
      </dl>
      <StatusMessage notice={form.notice} />
      <ErrorSummary errors={form.errors} />
      <p className="hint">{t('organiser.calls.assign.hint')}</p>
      {canAssign ? (
        <button className="fr-btn" type="button" disabled={form.busy} onClick={() => void assign()}>
          {t('organiser.calls.assign.submit')}
        </button>
      ) : (
        <p>
          {reviewers.length < 2
            ? t('organiser.calls.assign.needReviewers')
            : t('organiser.calls.assign.nothing')}
        </p>
      )}
      {reviewers.length > 0 && (
        <>
          <h3>{t('organiser.calls.progress.perReviewer')}</h3>
          <ProgressChart progress={progress} reviewers={reviewers} />
          <ProgressTable id={`${id}-table`} progress={progress} reviewers={reviewers} />
        </>
      )}
    </section>
  );
}
