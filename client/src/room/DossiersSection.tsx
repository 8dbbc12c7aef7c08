import type { ProcessSectionProps } from '../session/processSectionProps';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { ErrorDetails } from '../../../shared/errors';
import { ApiError, apiUpload } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { tPlural } from '../i18n/plural';
import { describeApiError } from '../ui/formErrors';
import { CsvProblemsTable } from '../ui/CsvProblemsTable';
import { apiPath } from '../api/api';
import type { Contract } from '../../../shared/api/contract';
import type { ApiOutput } from '../../../shared/api/route';

type Problems = NonNullable<ErrorDetails['problems']>;

/** The organiser imports the admissible dossiers (JSON or CSV); replaceable until deliberation opens. */
export function DossiersSection({ state, onChange }: ProcessSectionProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const file = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<string | undefined>();
  const [problems, setProblems] = useState<{ list: Problems; total: number } | undefined>();
  const [progress, setProgress] = useState<number | undefined>();
  const locked = state.room !== undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const chosen = file.current?.files?.[0];
    setProblems(undefined);
    if (chosen === undefined) return setMessage(t('room.dossiers.needFile'));
    setProgress(0);
    try {
      const result = await apiUpload<ApiOutput<Contract['processes.dossiers']>>(
        apiPath('processes.dossiers', { params: { id: state.id } }),
        chosen,
        chosen.name,
        (fraction) => setProgress(Math.round(fraction * 100)),
      );
      onChange(result.state);
      setMessage(
        t('room.dossiers.imported', { imported: result.imported, skipped: result.skipped }),
      );
    } catch (error) {
      if (error instanceof ApiError && error.details.problems !== undefined)
        setProblems({
          list: error.details.problems,
          total: error.details.total ?? error.details.problems.length,
        });
      setMessage(`${t('room.dossiers.failed')} ${t(describeApiError(error).key)}`);
    } finally {
      setProgress(undefined);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="ceremony-section">
      <h2 id={`${id}-heading`}>{t('room.dossiers.heading')}</h2>
      {state.dossiers === undefined ? (
        <p>{t('room.dossiers.none')}</p>
      ) : (
        <>
          <p>
            {tPlural(i18n, 'room.dossiers.summary', state.dossiers.dossiers.length, {
              count: state.dossiers.dossiers.length,
              cohort: state.dossiers.cohort,
            })}
          </p>
          <ol>
            {state.dossiers.dossiers.map((dossier) => (
              <li key={dossier.id}>
                <strong>{dossier.id}</strong> — {dossier.title}
              </li>
            ))}
          </ol>
        </>
      )}
      {locked ? (
        <p>{t('room.dossiers.locked')}</p>
      ) : (
        <form onSubmit={(event) => void submit(event)}>
          <div className="field">
            <label htmlFor={`${id}-file`}>{t('room.dossiers.file')}</label>
            <p className="hint" id={`${id}-hint`}>
              {t('room.dossiers.hint')}
            </p>
            <input
              id={`${id}-file`}
              ref={file}
              type="file"
              accept=".json,.csv,application/json,text/csv"
              aria-describedby={`${id}-hint`}
            />
          </div>
          {progress !== undefined && (
            <progress max={100} value={progress} aria-label={t('room.dossiers.file')} />
          )}
          <button type="submit">{t('room.dossiers.submit')}</button>
        </form>
      )}
      <div role="status" aria-live="polite">
        {message !== undefined && <p>{message}</p>}
      </div>
      {problems !== undefined && (
        <CsvProblemsTable id={`${id}-problems`} problems={problems.list} total={problems.total} />
      )}
      {state.dossiers !== undefined &&
        (state.status === 'drawn' || state.status === 'invitations') && (
          <p>{t('room.dossiers.next')}</p>
        )}
    </section>
  );
}
