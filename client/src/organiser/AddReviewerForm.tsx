import { Button } from '../ui/Button';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import { ErrorSummary } from '../ui/ErrorSummary';
import { isFormError, parseText } from '../ui/formValues';
import { StatusMessage } from '../ui/StatusMessage';
import { TextField } from '../ui/TextField';
import { useFormState } from '../session/useFormState';

const MAX_NAME = 120;
const MAX_EMAIL = 254;
/** A plausible address; the server checks it properly. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Adds a reviewer: the server e-mails them their private review link. */
export function AddReviewerForm({
  callId,
  onAdded,
}: {
  callId: string;
  onAdded: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const id = useId();
  const nameId = `${id}-name`;
  const emailId = `${id}-email`;
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const form = useFormState();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checkedName = parseText(name, MAX_NAME, t('organiser.calls.reviewers.name'), nameId);
    const checkedEmail = parseText(email, MAX_EMAIL, t('organiser.calls.reviewers.email'), emailId);
    const errors = [checkedName, checkedEmail].filter(isFormError);
    if (typeof checkedName === 'string' && checkedName.length < 2)
      errors.unshift({ key: 'organiser.calls.reviewers.nameShort', fieldId: nameId });
    if (typeof checkedEmail === 'string' && !EMAIL.test(checkedEmail))
      errors.push({ key: 'organiser.calls.reviewers.emailFormat', fieldId: emailId });
    if (errors.length > 0 || isFormError(checkedName) || isFormError(checkedEmail))
      return form.fail(errors);
    const added = await form.submit(() =>
      api('calls.addReviewer', {
        params: { id: callId },
        body: { name: checkedName, email: checkedEmail },
      }),
    );
    if (added === undefined) return;
    await onAdded();
    setName('');
    setEmail('');
    form.setNotice({
      key: 'organiser.calls.reviewers.added',
      values: { name: checkedName, id: added.reviewer, email: checkedEmail },
    });
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('organiser.calls.reviewers.addHeading')}</h3>
      <p className="hint">{t('organiser.calls.reviewers.addHint')}</p>
      <StatusMessage notice={form.notice} />
      <ErrorSummary errors={form.errors} />
      <TextField
        id={nameId}
        label={t('organiser.calls.reviewers.name')}
        error={form.errorFor(nameId)}
        type="text"
        autoComplete="off"
        required
        maxLength={MAX_NAME}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <TextField
        id={emailId}
        label={t('organiser.calls.reviewers.email')}
        error={form.errorFor(emailId)}
        type="email"
        autoComplete="off"
        required
        maxLength={MAX_EMAIL}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <Button type="submit" disabled={form.busy}>
        {t('organiser.calls.reviewers.submit')}
      </Button>
    </form>
  );
}
