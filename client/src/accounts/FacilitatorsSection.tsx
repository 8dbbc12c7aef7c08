import { useEffect, useId, useState, type FormEvent } from 'react';
import { apiSend } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { ErrorSummary } from '../ui/ErrorSummary';
import { StatusMessage } from '../ui/StatusMessage';
import { useFormState } from '../session/useFormState';
import { useApiData } from './useApiData';

interface Candidate {
  id: string;
  displayName: string;
  assigned: boolean;
}

/** An organiser chooses which facilitator accounts run this process's room. */
export function FacilitatorsSection({ processId }: { processId: string }) {
  const { t } = useI18n();
  const id = useId();
  const path = `/api/processes/${encodeURIComponent(processId)}/facilitators`;
  const candidates = useApiData<Candidate[]>(path);
  const [chosen, setChosen] = useState<string[]>([]);
  const form = useFormState();
  useEffect(() => {
    setChosen((candidates.value ?? []).filter((c) => c.assigned).map((c) => c.id));
  }, [candidates.value]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await form.submit(() => apiSend('PUT', path, { accountIds: chosen }));
    if (done !== undefined) form.setNotice({ key: 'account.facilitators.saved' });
  }

  return (
    <section className="ceremony-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('account.facilitators.heading')}</h2>
      <ErrorSummary errors={[...candidates.errors, ...form.errors]} />
      <StatusMessage notice={form.notice} />
      {candidates.value !== undefined &&
        (candidates.value.length === 0 ? (
          <p>{t('account.facilitators.none')}</p>
        ) : (
          <form onSubmit={(event) => void submit(event)} noValidate>
            <fieldset>
              <legend>{t('account.facilitators.legend')}</legend>
              {candidates.value.map((candidate) => (
                <div className="field-checkbox" key={candidate.id}>
                  <input
                    type="checkbox"
                    id={`${id}-${candidate.id}`}
                    checked={chosen.includes(candidate.id)}
                    onChange={(event) =>
                      setChosen((current) =>
                        event.target.checked
                          ? [...current, candidate.id]
                          : current.filter((other) => other !== candidate.id),
                      )
                    }
                  />
                  <label htmlFor={`${id}-${candidate.id}`}>{candidate.displayName}</label>
                </div>
              ))}
            </fieldset>
            <button type="submit" disabled={form.busy}>
              {t('account.facilitators.submit')}
            </button>
          </form>
        ))}
    </section>
  );
}
