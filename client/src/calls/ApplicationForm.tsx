import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Button } from '../ui/Button';
import { checkApplication } from '../../../shared/calls/applicationForm';
import { api } from '../api/api';
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
import { ConfirmBox } from '../ui/ConfirmBox';
import { useFocusLater } from '../ui/useFocusLater';

const SUBMIT_ID = 'application-submit';
const QUESTION_ID = 'application-confirm-question';

export interface Submitted {
  reference: string;
  email: string;
}

/**
 * The application form of an open call. It checks the answers in the browser with the server's own rules
 * (shared/calls/applicationForm.ts) before sending, keeps a draft in this browser until it is sent, and
 * shows every refusal in the error summary and beside the field concerned. Sending is final, so the
 * applicant confirms it once the answers pass the checks.
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
  /** The checked answers awaiting the applicant's confirmation. */
  const [toConfirm, setToConfirm] = useState<
    { payload: ReturnType<typeof toPayload>; email: string } | undefined
  >();
  const focusLater = useFocusLater();
  // A change after the checks withdraws the question: what is confirmed is what is sent.
  useEffect(() => setToConfirm(undefined), [values, honeypot]);
  const errorFor = useCallback(
    (field: string) => errors.find((error) => error.field === field),
    [errors],
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSending) return;
    const payload = toPayload(values, honeypot);
    const checked = checkApplication(payload);
    if (!checked.ok) {
      setToConfirm(undefined);
      setErrors(inFormOrder(checked.problems.map((problem) => describeProblem(problem, values))));
      return;
    }
    setErrors([]);
    setToConfirm({ payload, email: checked.form.email });
    focusLater(QUESTION_ID);
  }

  async function send() {
    if (isSending || toConfirm === undefined) return;
    setSending(true);
    try {
      const { ref } = await api('publicCalls.apply', {
        params: { id: callId },
        // The page's language, beside the form: the applicant's mails are written in it.
        body: { ...toConfirm.payload, language },
      });
      draft.finish();
      onSubmitted({ reference: ref, email: toConfirm.email });
    } catch (error) {
      setErrors(describeSubmitError(error, values));
      setToConfirm(undefined);
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
      onSubmit={submit}
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
      {toConfirm === undefined ? (
        <Button
          type="submit"
          size="large"
          className="application-submit"
          nativeButtonProps={{ id: SUBMIT_ID }}
        >
          {t('calls.form.submit')}
        </Button>
      ) : (
        <ConfirmBox
          questionId={QUESTION_ID}
          question={t('callsDsfr.confirm.question')}
          consequence={t('callsDsfr.confirm.consequence')}
          confirmLabel={t('callsDsfr.confirm.yes')}
          cancelLabel={t('callsDsfr.confirm.no')}
          busy={isSending}
          onConfirm={() => void send()}
          onCancel={() => {
            setToConfirm(undefined);
            focusLater(SUBMIT_ID);
          }}
        />
      )}
    </form>
  );
}
