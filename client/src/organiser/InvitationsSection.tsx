import type { ProcessSectionProps } from '../session/processSectionProps';
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/useI18n';
import { ErrorCode } from '../../../shared/errors';
import { SeatStatus } from '../../../shared/process/processState';
import { ErrorSummary } from '../ui/ErrorSummary';
import { StatusMessage } from '../ui/StatusMessage';
import { TextField } from '../ui/TextField';
import { useFocusLater } from '../ui/useFocusLater';
import { useFormState } from '../session/useFormState';
import { api } from '../api/api';

const pad = (n: number) => String(n).padStart(2, '0');

/** A week from now at 18:00, local time, in the format of <input type="datetime-local">. */
function defaultDeadline(): string {
  const date = new Date();
  date.setDate(date.getDate() + 7);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T18:00`;
}

/** Sends the invitation e-mails to every seat holder not yet invited, with an answer deadline. */
export function InvitationsSection({ state, onChange }: ProcessSectionProps) {
  const { t } = useI18n();
  const id = useId();
  const deadlineId = `${id}-deadline`;
  const [deadline, setDeadline] = useState(defaultDeadline);
  const form = useFormState();
  const focusLater = useFocusLater();
  const pending = state.seats.filter(
    (seat) => seat.status === SeatStatus.Drawn && seat.holder !== undefined,
  ).length;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const when = new Date(deadline);
    if (deadline.trim() === '' || Number.isNaN(when.getTime()))
      return form.fail([{ key: 'organiser.invitations.deadlineRequired', fieldId: deadlineId }]);
    const next = await form.submit(
      () =>
        api('processes.invitations', {
          params: { id: state.id },
          body: { deadline: when.toISOString() },
        }),
      (error) =>
        error.code === ErrorCode.ValidationFailed
          ? [
              {
                key: 'organiser.invitations.deadlineRefused',
                fieldId: deadlineId,
              },
            ]
          : undefined,
    );
    if (next === undefined) return;
    onChange(next);
    form.setNotice({ key: 'organiser.invitations.sent', values: { count: pending } });
    // The form goes away with nothing left to invite: keep the keyboard where the result is told.
    focusLater(`${id}-heading`);
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="ceremony-section">
      <h2 id={`${id}-heading`} tabIndex={-1}>
        {t('organiser.invitations.heading')}
      </h2>
      <StatusMessage notice={form.notice} />
      {pending === 0 ? (
        <p>{t('organiser.invitations.allSent')}</p>
      ) : (
        <>
          <p>{t('organiser.invitations.intro', { count: pending })}</p>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <ErrorSummary errors={form.errors} />
            <TextField
              id={deadlineId}
              label={t('organiser.invitations.deadline')}
              hint={t('organiser.invitations.deadlineHint', { zone: timeZone })}
              error={form.errorFor(deadlineId)}
              type="datetime-local"
              required
              value={deadline}
              onChange={(event) => setDeadline(event.target.value)}
            />
            <button className="fr-btn" type="submit" disabled={form.busy}>
              {t('organiser.invitations.submit')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
