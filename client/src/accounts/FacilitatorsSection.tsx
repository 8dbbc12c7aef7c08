import { useEffect, useId, useState, type FormEvent } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { api } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { ErrorSummary } from '../ui/ErrorSummary';
import { StatusMessage } from '../ui/StatusMessage';
import { useFormState } from '../session/useFormState';
import { useApiData } from './useApiData';

/** An organiser chooses which facilitator accounts run this process's room. */
export function FacilitatorsSection({ processId }: { processId: string }) {
  const { t } = useI18n();
  const id = useId();
  const candidates = useApiData('facilitators.list', { params: { id: processId } });
  const [chosen, setChosen] = useState<string[]>([]);
  const form = useFormState();
  useEffect(() => {
    setChosen((candidates.value ?? []).filter((c) => c.assigned).map((c) => c.id));
  }, [candidates.value]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await form.submit(() =>
      api('facilitators.assign', { params: { id: processId }, body: { accountIds: chosen } }),
    );
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
