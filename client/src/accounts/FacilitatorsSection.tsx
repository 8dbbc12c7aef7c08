import { useEffect, useId, useState, type FormEvent } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { apiSend } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { CheckboxGroup } from '../ui/CheckboxGroup';
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
    <section className={fr.cx('fr-mt-6w')} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('account.facilitators.heading')}</h2>
      <ErrorSummary errors={[...candidates.errors, ...form.errors]} />
      <StatusMessage notice={form.notice} />
      {candidates.value !== undefined &&
        (candidates.value.length === 0 ? (
          <p>{t('account.facilitators.none')}</p>
        ) : (
          <form onSubmit={(event) => void submit(event)} noValidate>
            <CheckboxGroup
              id={id}
              legend={t('account.facilitators.legend')}
              options={candidates.value.map((candidate) => ({
                value: candidate.id,
                label: candidate.displayName,
              }))}
              inputIdOf={(accountId) => `${id}-${accountId}`}
              value={chosen}
              onChange={setChosen}
            />
            <button type="submit" className={fr.cx('fr-btn')} disabled={form.busy}>
              {t('account.facilitators.submit')}
            </button>
          </form>
        ))}
    </section>
  );
}
