import type { ProcessSectionProps } from '../session/processSectionProps';
import type { ProcessState } from '../../../shared/process/processState';
import { useId, useRef, useState, type FormEvent } from 'react';
import { apiUpload } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { ErrorCode, type ErrorDetails } from '../../../shared/errors';
import { CsvProblemsTable } from '../ui/CsvProblemsTable';
import { ErrorSummary } from '../ui/ErrorSummary';
import { StatusMessage } from '../ui/StatusMessage';
import { FileInput } from '../ui/FileInput';
import { useFormState, type Notice } from '../session/useFormState';
import { formatNumber } from '../../../shared/format/formatNumber';
import { apiPath } from '../api/api';

type Problems = NonNullable<ErrorDetails['problems']>;
type Phase = 'idle' | 'uploading' | 'processing';

/** Uploads the volunteers' CSV with a progress bar; the server validates it whole (all or nothing). */
export function VolunteersImportForm({ state, onChange }: ProcessSectionProps) {
  const { t, language } = useI18n();
  const id = useId();
  const fileId = `${id}-file`;
  const progressId = `${id}-progress`;
  const problemsId = `${id}-problems`;
  const fileInput = useRef<HTMLInputElement>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [percent, setPercent] = useState(0);
  const [problems, setProblems] = useState<{ list: Problems; total: number } | undefined>();
  const form = useFormState();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    setProblems(undefined);
    if (file === undefined)
      return form.fail([{ key: 'organiser.volunteers.needFile', fieldId: fileId }]);
    setPercent(0);
    setPhase('uploading');
    const next = await form.submit(
      () =>
        apiUpload<ProcessState>(
          apiPath('processes.volunteers', { params: { id: state.id } }),
          file,
          file.name,
          (fraction) => {
            setPercent(Math.round(fraction * 100));
            // Once every byte is sent, the wait is the server checking the file.
            if (fraction >= 1) setPhase('processing');
          },
        ),
      (error) => {
        if (error.code !== ErrorCode.CsvInvalid) return undefined;
        const list = error.details.problems ?? [];
        const total = error.details.total ?? list.length;
        setProblems({ list, total });
        return [{ key: 'organiser.csv.summary', values: { total }, fieldId: problemsId }];
      },
    );
    setPhase('idle');
    if (next === undefined) return;
    onChange(next);
    if (fileInput.current !== null) fileInput.current.value = '';
    form.setNotice({
      key: 'organiser.volunteers.imported',
      values: { count: formatNumber(next.pool?.size ?? 0, language) },
    });
  }

  const notice: Notice | undefined =
    phase === 'uploading'
      ? { key: 'organiser.volunteers.uploading' }
      : phase === 'processing'
        ? { key: 'organiser.volunteers.processing' }
        : form.notice;

  return (
    <>
      <h3>
        {t(
          state.pool === undefined
            ? 'organiser.volunteers.import'
            : 'organiser.volunteers.reimport',
        )}
      </h3>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={form.errors} />
        <FileInput
          ref={fileInput}
          id={fileId}
          required
          label={t('organiser.volunteers.file')}
          hint={
            <>
              {t('organiser.volunteers.fileHint')}{' '}
              {state.pool !== undefined && t('organiser.volunteers.replaceHint')}
            </>
          }
          error={
            problems === undefined
              ? form.errorFor(fileId)
              : { key: 'organiser.csv.fieldError', values: { total: problems.total } }
          }
          accept=".csv,text/csv,text/plain,text/tab-separated-values"
        />
        {phase !== 'idle' && (
          <div className="field">
            <label htmlFor={progressId}>{t('organiser.volunteers.progress')}</label>
            <progress id={progressId} max={100} value={percent}>
              {t('organiser.percent', { value: percent })}
            </progress>{' '}
            <span aria-hidden="true">{t('organiser.percent', { value: percent })}</span>
          </div>
        )}
        <StatusMessage notice={notice} />
        <button className="fr-btn" type="submit" disabled={form.busy}>
          {t('organiser.volunteers.submit')}
        </button>
      </form>
      {problems !== undefined && (
        <CsvProblemsTable id={problemsId} problems={problems.list} total={problems.total} />
      )}
    </>
  );
}
