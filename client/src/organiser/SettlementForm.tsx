import { Button } from '../ui/Button';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { REASONS, type Reason } from '../../../shared/calls/callEvents';
import type { Axis } from '../../../shared/calls/review';
import { api } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import { AssessmentFieldsets } from '../assessment/AssessmentFieldsets';
import { checkAssessments, draftOf, type AssessmentsDraft } from '../assessment/assessmentDraft';
import { AXIS_KEYS } from '../i18n/dossierLabels';
import type { CallApplication } from './callView';
import { ChoiceFieldset } from '../ui/ChoiceFieldset';
import { ErrorSummary } from '../ui/ErrorSummary';
import type { FormError } from '../ui/formErrors';
import { REASON_KEYS } from '../i18n/reasonKeys';
import { Select } from '../ui/Select';
import { TextAreaField } from '../ui/TextAreaField';
import { useFormState } from '../session/useFormState';
import { ConfirmBox } from '../ui/ConfirmBox';
import { useFocusLater } from '../ui/useFocusLater';

/** Same bounds as the server's Settlement schema (server/services/calls.ts). */
const REASON_TEXT = { min: 10, max: 2000 };

type Decision = 'admissible' | 'not-admissible';

/**
 * The organiser's decision on one application: admissible (with the assessment the jury will read,
 * pre-filled from the two reviews) or not (with a reason category); in both cases the text the applicant reads.
 */
export function SettlementForm({
  callId,
  application,
  onSettled,
}: {
  callId: string;
  application: CallApplication;
  onSettled: (admissible: boolean) => Promise<unknown>;
}) {
  const { t } = useI18n();
  const id = useId();
  const ids = { decision: `${id}-decision`, reason: `${id}-reason`, text: `${id}-text` };
  const [decision, setDecision] = useState<Decision | undefined>();
  const [reason, setReason] = useState<Reason | ''>('');
  const [reasonText, setReasonText] = useState('');
  const [draft, setDraft] = useState<AssessmentsDraft>(() => draftOf(application.consolidated));
  const form = useFormState();
  /** The checked decision awaiting the organiser's confirmation: it is final. */
  const [toConfirm, setToConfirm] = useState<Exclude<ReturnType<typeof check>, FormError[]>>();
  const focusLater = useFocusLater();
  const questionId = `${id}-question`;
  const submitId = `${id}-submit`;
  // A change after the checks withdraws the question: what is confirmed is what is recorded.
  useEffect(() => setToConfirm(undefined), [decision, reason, reasonText, draft]);

  function check() {
    const errors: FormError[] = [];
    if (decision === undefined)
      errors.push({ key: 'organiser.calls.settle.decisionRequired', fieldId: ids.decision });
    if (decision === 'not-admissible' && reason === '')
      errors.push({ key: 'organiser.calls.settle.reasonRequired', fieldId: ids.reason });
    const text = reasonText.trim();
    if (text.length < REASON_TEXT.min || text.length > REASON_TEXT.max)
      errors.push({
        key: 'organiser.calls.settle.textLength',
        values: REASON_TEXT,
        fieldId: ids.text,
      });
    const axisName = (axis: Axis) => t(AXIS_KEYS[axis]);
    const assessment =
      decision === 'admissible'
        ? checkAssessments(draft, id, {
            level: axisName,
            comment: (axis) => t('review.form.comment', { axis: axisName(axis) }),
          })
        : undefined;
    if (Array.isArray(assessment)) errors.push(...assessment);
    if (errors.length > 0 || Array.isArray(assessment)) return errors;
    if (decision === 'admissible')
      return { admissible: true, reason: null, reasonText: text, assessment };
    // A refusal without its category was refused above: this narrows the type only.
    return reason === '' ? errors : { admissible: false, reason, reasonText: text };
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const settlement = check();
    if (Array.isArray(settlement)) return form.fail(settlement);
    form.fail([]);
    setToConfirm(settlement);
    focusLater(questionId);
  }

  async function record(settlement: NonNullable<typeof toConfirm>) {
    const done = await form.submit(() =>
      api('calls.settle', { params: { id: callId, ref: application.ref }, body: settlement }),
    );
    setToConfirm(undefined);
    if (done !== undefined) await onSettled(settlement.admissible);
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t('organiser.calls.settle.heading', { ref: application.ref })}</h4>
      <p className="hint">{t('organiser.calls.settle.final')}</p>
      <p className="hint">{t('organiser.calls.settlement.mailHint')}</p>
      <ErrorSummary errors={form.errors} />
      <ChoiceFieldset<Decision>
        id={ids.decision}
        legend={t('organiser.calls.settle.decision')}
        error={form.errorFor(ids.decision)}
        choices={[
          { value: 'admissible', label: t('organiser.calls.settle.admissible') },
          { value: 'not-admissible', label: t('organiser.calls.settle.notAdmissible') },
        ]}
        value={decision}
        onChange={setDecision}
      />
      {decision === 'not-admissible' && (
        <Select
          id={ids.reason}
          label={t('organiser.calls.settle.reason')}
          hint={t('organiser.calls.settle.reasonHint')}
          error={form.errorFor(ids.reason)}
          placeholder={t('organiser.calls.settle.reasonPlaceholder')}
          options={REASONS.map((value) => ({ value, label: t(REASON_KEYS[value]) }))}
          required
          value={reason}
          onChange={(event) => setReason(event.target.value as Reason | '')}
        />
      )}
      <TextAreaField
        id={ids.text}
        label={t('organiser.calls.settle.text')}
        hint={t('organiser.calls.settle.textHint', REASON_TEXT)}
        error={form.errorFor(ids.text)}
        required
        rows={4}
        maxLength={REASON_TEXT.max}
        value={reasonText}
        onChange={(event) => setReasonText(event.target.value)}
      />
      {decision === 'admissible' && (
        <fieldset>
          <legend>{t('organiser.calls.settle.assessment')}</legend>
          <p className="hint">{t('organiser.calls.settle.assessmentHint')}</p>
          <AssessmentFieldsets
            prefix={id}
            draft={draft}
            errorFor={form.errorFor}
            setDraft={setDraft}
          />
        </fieldset>
      )}
      {toConfirm === undefined ? (
        <Button type="submit" nativeButtonProps={{ id: submitId }}>
          {t('organiser.calls.settle.submit')}
        </Button>
      ) : (
        <ConfirmBox
          questionId={questionId}
          question={t('callsDsfr.settle.question')}
          consequence={t('callsDsfr.settle.consequence')}
          confirmLabel={t('callsDsfr.settle.confirm')}
          cancelLabel={t('callsDsfr.settle.cancel')}
          busy={form.busy}
          onConfirm={() => void record(toConfirm)}
          onCancel={() => {
            setToConfirm(undefined);
            focusLater(submitId);
          }}
        />
      )}
    </form>
  );
}
