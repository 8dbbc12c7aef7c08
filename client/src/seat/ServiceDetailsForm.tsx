import type { ProcessSectionProps } from '../session/processSectionProps';
import { useId, useState, type FormEvent } from 'react';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import type { ServiceDetails } from '../../../shared/process/serviceDetails';
import { useI18n } from '../i18n/useI18n';
import { describeApiError } from '../ui/formErrors';
import { parisWallClock, parisWallClockToIso } from './formatServiceDate';
import './seat.css';
import { api } from '../api/api';

const sessionLine = (session: { startsAt: string; endsAt?: string | undefined }): string =>
  session.endsAt === undefined
    ? parisWallClock(session.startsAt)
    : `${parisWallClock(session.startsAt)} - ${parisWallClock(session.endsAt).slice(11)}`;

const TEXT_FIELDS = ['duration', 'place', 'videoLink', 'compensation', 'contact'] as const;

/**
 * The organiser states what serving involves (session dates in Paris time, duration, place or video
 * link, compensation, a service contact). Logged publicly; editable until the results are published.
 */
export function ServiceDetailsForm({ state, onChange }: ProcessSectionProps) {
  const { t } = useI18n();
  const id = useId();
  const current = state.service;
  const [sessions, setSessions] = useState(
    (current?.sessions ?? []).map((session) => sessionLine(session)).join('\n'),
  );
  const [fields, setFields] = useState<Record<(typeof TEXT_FIELDS)[number], string>>({
    duration: current?.duration ?? '',
    place: current?.place ?? '',
    videoLink: current?.videoLink ?? '',
    compensation: current?.compensation ?? '',
    contact: current?.contact ?? '',
  });
  const [problem, setProblem] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  if (state.outcome.published !== undefined) return null;

  function parseSessions(): ServiceDetails['sessions'] | string {
    const lines = sessions
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    const parsed: NonNullable<ServiceDetails['sessions']> = [];
    for (const [index, line] of lines.entries()) {
      const [start, end] = line.split(/\s+-\s+/) as [string, string | undefined];
      const startsAt = parisWallClockToIso(start);
      const endsAt =
        end === undefined
          ? undefined
          : parisWallClockToIso(
              /^\d{1,2}[:h]\d{2}$/.test(end) ? `${start.slice(0, 10)} ${end}` : end,
            );
      if (startsAt === undefined || (end !== undefined && endsAt === undefined))
        return t('seat.serviceForm.badSession', { line: index + 1 });
      parsed.push(endsAt === undefined ? { startsAt } : { startsAt, endsAt });
    }
    return parsed;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const parsedSessions = parseSessions();
    if (typeof parsedSessions === 'string') return setProblem(parsedSessions);
    const body: ServiceDetails = {
      ...(parsedSessions !== undefined && parsedSessions.length > 0
        ? { sessions: parsedSessions }
        : {}),
      ...Object.fromEntries(
        TEXT_FIELDS.filter((name) => fields[name].trim() !== '').map((name) => [
          name,
          fields[name].trim(),
        ]),
      ),
    };
    setBusy(true);
    try {
      onChange(await api('seats.service', { params: { id: state.id }, body }));
      setProblem(undefined);
      setSaved(true);
    } catch (error) {
      // Worded from the server's code in the reader's language, never the server's English text.
      setProblem(t(describeApiError(error).key));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('seat.serviceForm.heading')}</h3>
      <p>{t('seat.serviceForm.intro')}</p>
      <form className="seat-form" noValidate onSubmit={(event) => void submit(event)}>
        {problem !== undefined && (
          <Alert severity="error" small role="alert" className="fr-mb-2w" description={problem} />
        )}
        <Input
          id={`${id}-sessions`}
          label={t('seat.serviceForm.sessions')}
          hintText={t('seat.serviceForm.sessionsHint')}
          textArea
          nativeTextAreaProps={{
            rows: 3,
            value: sessions,
            onChange: (event) => setSessions(event.target.value),
          }}
        />
        {TEXT_FIELDS.map((name) => (
          <Input
            key={name}
            id={`${id}-${name}`}
            label={t(`seat.serviceForm.${name}`)}
            nativeInputProps={{
              type: name === 'videoLink' ? 'url' : 'text',
              maxLength: name === 'videoLink' ? 500 : 300,
              value: fields[name],
              onChange: (event) => setFields({ ...fields, [name]: event.target.value }),
            }}
          />
        ))}
        <Button type="submit" disabled={busy}>
          {t('seat.serviceForm.submit')}
        </Button>
        <div role="status" aria-live="polite" className="fr-mt-2w">
          {saved && <Alert severity="success" small description={t('seat.serviceForm.saved')} />}
        </div>
      </form>
    </section>
  );
}
