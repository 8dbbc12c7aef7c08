import { useCallback, useState, type FormEvent } from 'react';
import { checkApplication } from '../../../shared/calls/applicationForm';
import { apiSend } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { ErrorSummary } from '../ui/ErrorSummary';
import { inputIdOf } from './applicationFieldIds';
import { describeProblem, inFormOrder } from './applicationProblems';
import { toPayload } from './applicationValues';
import { CharterFieldset } from './CharterFieldset';
import { DraftNotice } from './DraftNotice';
import type { FieldMessage } from './fieldMessage';
import { HoneypotField } from './HoneypotField';
import { LeadFieldset } from './LeadFieldset';
import { LeversFieldset } from './LeversFieldset';
import { ProjectFieldset } from './ProjectFieldset';
import { PurposeFieldset } from './PurposeFieldset';
import { describeSubmitError } from './submitErrors';
import { useApplicationDraft } from './useApplicationDraft';

export interface Submitted {
  reference: string;
  email: string;
}

/**
 * The application form of an open call. It checks the answers in the browser with the server's own rules
 * (shared/calls/applicationForm.ts) before sending, keeps a draft in this browser until it is sent, and
 * shows every refusal in the error summary and beside the field concerned.
 */
export function ApplicationForm({
  callId,
  onSubmitted,
}: {
  callId: string;
  onSubmitted: (submitted: Submitted) => void;
}) {
  const { t, language } = useI18n();
  const draft = useApplicationDraft(callId);
  const { values, update } = draft;
  const [honeypot, setHoneypot] = useState('');
  const [errors, setErrors] = useState<readonly FieldMessage[]>([]);
  const [isSending, setSending] = useState(false);
  const errorFor = useCallback(
    (field: string) => errors.find((error) => error.field === field),
    [errors],
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSending) return;
    const payload = toPayload(values, honeypot);
    const checked = checkApplication(payload);
    if (!checked.ok) {
      setErrors(inFormOrder(checked.problems.map((problem) => describeProblem(problem, values))));
      return;
    }
    setSending(true);
    try {
      const { ref } = await apiSend<{ ref: string }>(
        'POST',
        `/api/public/calls/${encodeURIComponent(callId)}/applications`,
        // The page's language, beside the form: the applicant's mails are written in it.
        { ...payload, language },
      );
      draft.finish();
      onSubmitted({ reference: ref, email: checked.form.email });
    } catch (error) {
      setErrors(describeSubmitError(error, values));
      setSending(false);
    }
  }

  const clearDraft = () => {
    draft.clear();
    setErrors([]);
  };

  return (
    <form
      className="application-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-labelledby="application-form-title"
    >
      <h2 id="application-form-title">{t('calls.form.title')}</h2>
      <ErrorSummary
        errors={errors}
        linkTo={(error) => inputIdOf(error.field ?? '')}
        titleAs="h3"
        testId="error-summary"
      />
      <p>{t('calls.form.intro')}</p>
      <DraftNotice notice={draft.notice} hasDraft={draft.hasDraft} onClear={clearDraft} />
      <ProjectFieldset values={values} update={update} errorFor={errorFor} />
      <LeadFieldset values={values} update={update} errorFor={errorFor} />
      <LeversFieldset
        value={values.levers}
        onChange={(levers) => update('levers', levers)}
        error={errorFor('levers')}
      />
      <PurposeFieldset values={values} update={update} errorFor={errorFor} />
      <CharterFieldset values={values} update={update} errorFor={errorFor} />
      <HoneypotField value={honeypot} onChange={setHoneypot} />
      <p role="status" className="application-sending">
        {isSending ? t('calls.form.sending') : ''}
      </p>
      <button type="submit" disabled={isSending}>
        {t('calls.form.submit')}
      </button>
    </form>
  );
}
