import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { RegisterView } from '../../../shared/api/groups/register.contract';
import { ErrorCode } from '../../../shared/errors';
import { api, apiPath } from '../api/api';
import { apiUpload } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { useFormState } from '../session/useFormState';
import { ErrorSummary } from '../ui/ErrorSummary';
import { FileInput } from '../ui/FileInput';
import { ScrollTable } from '../ui/ScrollTable';
import { StatusMessage } from '../ui/StatusMessage';
import { TextField } from '../ui/TextField';
import { formatDateTime } from '../ui/formatDateTime';
import { formatCount } from '../ui/formatPercent';

const POLL_MS = 1000;

/**
 * The register of the process's stage one: the import form (the file streams to the server, whose
 * progress is polled while it runs), then the rows, the strata with their sizes and the committed roots.
 * Contact data never reaches the browser.
 */
export function RegisterSection({
  processId,
  onImported,
  isLocked = false,
}: {
  processId: string;
  /** Stage one is committed over this register: it can no longer be replaced (the server refuses). */
  isLocked?: boolean;
  /** A register was imported: stage one's draw reads it again. */
  onImported?: () => void;
}) {
  const { t, language } = useI18n();
  const number = (n: number) => formatCount(n, language);
  const headingId = useId();
  const fileId = `${useId()}-register-file`;
  const stratumId = `${useId()}-register-stratum`;
  const fileInput = useRef<HTMLInputElement>(null);
  const [stratum, setStratum] = useState('');
  const [view, setView] = useState<RegisterView | undefined>();
  const [sent, setSent] = useState<number | undefined>();
  const form = useFormState();

  const refresh = useCallback(async () => {
    try {
      setView(await api('register.get', { params: { id: processId } }));
    } catch {
      // The next poll or the import's answer will tell.
    }
  }, [processId]);

  useEffect(() => void refresh(), [refresh]);
  useEffect(() => {
    if (!form.busy) return undefined;
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [form.busy, refresh]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (file === undefined) return form.fail([{ key: 'register.needFile', fieldId: fileId }]);
    const column = stratum.trim();
    setSent(0);
    const next = await form.submit(
      () =>
        apiUpload<RegisterView>(
          apiPath('register.import', {
            params: { id: processId },
            query: column === '' ? {} : { stratum: column },
          }),
          file,
          file.name,
          (fraction) => setSent(fraction),
        ),
      (error) => {
        if (error.code !== ErrorCode.RegisterInvalid) return undefined;
        const first = error.details.problems?.[0];
        return [
          {
            key: 'register.error',
            values: {
              file: error.details.file ?? file.name,
              line: first?.line ?? 1,
              field: first?.field ?? '—',
              code: first?.code ?? error.code,
              total: error.details.total ?? 1,
            },
            fieldId: fileId,
          },
        ];
      },
    );
    setSent(undefined);
    void refresh();
    if (next === undefined) return;
    setView(next);
    if (fileInput.current !== null) fileInput.current.value = '';
    form.setNotice({
      key: 'register.imported',
      values: { rows: number(next.register?.rows ?? 0) },
    });
    onImported?.();
  }

  const progress = view?.importing;
  const register = view?.register;
  return (
    <section aria-labelledby={headingId} className="ceremony-section">
      <h2 id={headingId}>{t('register.heading')}</h2>
      <p>{t('register.intro')}</p>
      {register === undefined || register === null ? (
        view !== undefined && <p>{t('register.none')}</p>
      ) : (
        <>
          <p>
            {t('register.summary', {
              file: register.fileName,
              rows: number(register.rows),
              date: formatDateTime(register.importedAt, language),
            })}
          </p>
          <dl>
            <dt>{t('register.root')}</dt>
            <dd>
              <code className="hash">{register.root}</code>
            </dd>
          </dl>
          {register.stratumColumn !== null && (
            <ScrollTable
              isMultiline
              label={t('register.strataCaption', { column: register.stratumColumn })}
            >
              <table>
                <caption>{t('register.strataCaption', { column: register.stratumColumn })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('register.stratumName')}</th>
                    <th scope="col">{t('register.stratumSize')}</th>
                    <th scope="col">{t('register.stratumRoot')}</th>
                  </tr>
                </thead>
                <tbody>
                  {register.strata.map((s) => (
                    <tr key={s.name}>
                      <th scope="row">{s.name}</th>
                      <td>{number(s.size)}</td>
                      <td>
                        <code className="hash">{s.root}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          )}
        </>
      )}
      {isLocked ? (
        <p>{t('register.locked')}</p>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <ErrorSummary errors={form.errors} />
          <FileInput
            ref={fileInput}
            id={fileId}
            required
            label={t('register.file')}
            hint={t('register.fileHint')}
            error={form.errorFor(fileId)}
            accept=".csv,text/csv,text/plain"
          />
          <TextField
            id={stratumId}
            label={t('register.stratum')}
            hint={t('register.stratumHint')}
            value={stratum}
            onChange={(event) => setStratum(event.currentTarget.value)}
            autoComplete="off"
            maxLength={200}
          />
          {form.busy && (
            <p role="status">
              {progress !== null && progress !== undefined
                ? t(`register.phase.${progress.phase}`, {
                    rows: number(progress.rowsRead),
                    percent:
                      progress.totalBytes === null || progress.totalBytes === 0
                        ? '—'
                        : Math.round((100 * progress.bytesRead) / progress.totalBytes),
                  })
                : t('register.uploading', { percent: Math.round(100 * (sent ?? 0)) })}
            </p>
          )}
          <StatusMessage notice={form.notice} />
          <button className="fr-btn" type="submit" disabled={form.busy}>
            {t(
              register === undefined || register === null ? 'register.submit' : 'register.reimport',
            )}
          </button>
        </form>
      )}
    </section>
  );
}
