import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { RegistrationView } from '../../../shared/api/groups/registration.contract';
import { api, apiPath } from '../api/api';
import { ApiError, apiUpload } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { useFormState } from '../session/useFormState';
import { ErrorSummary } from '../ui/ErrorSummary';
import { FileInput } from '../ui/FileInput';
import { ScrollTable } from '../ui/ScrollTable';
import { StatusMessage } from '../ui/StatusMessage';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { formatDateTime } from '../ui/formatDateTime';
import { formatCount } from '../ui/formatPercent';

/** "genre : femme | homme | autre" per line; the line number of the first bad line otherwise. */
function parseAttributes(text: string): { category: string; values: string[] }[] | number {
  const attributes: { category: string; values: string[] }[] = [];
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    const category = line.slice(0, colon).trim();
    const values = line
      .slice(colon + 1)
      .split('|')
      .map((value) => value.trim())
      .filter((value) => value !== '');
    if (colon < 1 || category === '' || values.length < 2) return index + 1;
    attributes.push({ category, values });
  }
  return attributes;
}

/** Saves a streamed download (the letters' PDF) under its name. */
async function downloadPost(path: string, body: unknown, fileName: string): Promise<void> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    const answer = (await response.json()) as { error: { code: string; message: string } };
    throw new ApiError(answer.error.code, answer.error.message, response.status);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * Stage one's registration in the console: the invitations' draw uploaded (verified by the server against
 * the register's roots), the form, the letters (codes issued, PDF downloaded), the closing that makes the
 * registrations the pool, and the response counts by stratum. No invitee's contact data reaches it.
 */
export function RegistrationSection({
  processId,
  canUpload = true,
}: {
  processId: string;
  /** False once stage one is committed in the console: its draw is the one kept. */
  canUpload?: boolean;
}) {
  const { t, language } = useI18n();
  const headingId = useId();
  const fileId = `${useId()}-stage-one`;
  const eligibilityId = `${useId()}-eligibility`;
  const attributesId = `${useId()}-attributes`;
  const descriptionId = `${useId()}-description`;
  const senderId = `${useId()}-sender`;
  const fileInput = useRef<HTMLInputElement>(null);
  const [view, setView] = useState<RegistrationView>();
  const [eligibility, setEligibility] = useState('');
  const [attributes, setAttributes] = useState('');
  const [description, setDescription] = useState('');
  const [sender, setSender] = useState('');
  const form = useFormState();

  const refresh = useCallback(async () => {
    try {
      const next = await api('registration.get', { params: { id: processId } });
      setView(next);
      if (next.form !== null) {
        setEligibility(next.form.eligibility);
        setAttributes(
          next.form.attributes.map((a) => `${a.category} : ${a.values.join(' | ')}`).join('\n'),
        );
      }
    } catch {
      // Shown again at the next action.
    }
  }, [processId]);
  useEffect(() => void refresh(), [refresh]);

  async function uploadStageOne(event: FormEvent) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (file === undefined)
      return form.fail([{ key: 'registrationConsole.needFile', fieldId: fileId }]);
    const next = await form.submit(() =>
      apiUpload<RegistrationView>(
        apiPath('registration.stageOne', { params: { id: processId } }),
        file,
        file.name,
        () => undefined,
      ),
    );
    if (next === undefined) return;
    setView(next);
    form.setNotice({
      key: 'registrationConsole.stageOneAccepted',
      values: {
        count: formatCount(next.stageOne?.invitations ?? 0, language),
        protocol: next.stageOne?.protocol ?? '',
      },
    });
  }

  async function saveForm(event: FormEvent) {
    event.preventDefault();
    const parsed = parseAttributes(attributes);
    if (typeof parsed === 'number')
      return form.fail([
        {
          key: 'registrationConsole.attributesInvalid',
          values: { line: parsed },
          fieldId: attributesId,
        },
      ]);
    const next = await form.submit(() =>
      api('registration.form', {
        params: { id: processId },
        body: { eligibility, attributes: parsed },
      }),
    );
    if (next === undefined) return;
    setView(next);
    form.setNotice({ key: 'registrationConsole.formSaved' });
  }

  async function letters(event: FormEvent) {
    event.preventDefault();
    const done = await form.submit(async () => {
      await downloadPost(
        apiPath('registration.letters', { params: { id: processId } }),
        { description, organiserName: sender, language },
        'lettres.pdf',
      );
      return true;
    });
    if (done === undefined) return;
    form.setNotice({ key: 'registrationConsole.lettersDone' });
    void refresh();
  }

  async function close() {
    const next = await form.submit(() => api('registration.close', { params: { id: processId } }));
    if (next !== undefined) setView(next);
  }

  const closedAt = view?.form?.closedAt ?? null;
  return (
    <section aria-labelledby={headingId} className="ceremony-section">
      <h2 id={headingId}>{t('registrationConsole.heading')}</h2>
      <p>{t('registrationConsole.intro')}</p>
      <ErrorSummary errors={form.errors} />
      <StatusMessage notice={form.notice} />
      {view !== undefined && (
        <p>
          {t('registrationConsole.codes', {
            issued: formatCount(view.codes.issued, language),
            used: formatCount(view.codes.used, language),
          })}
        </p>
      )}
      {closedAt !== null && (
        <p>{t('registrationConsole.closed', { date: formatDateTime(closedAt, language) })}</p>
      )}
      {view !== undefined && view.responses.length > 0 && (
        <ScrollTable label={t('registrationConsole.responsesCaption')}>
          <table>
            <caption>{t('registrationConsole.responsesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('registrationConsole.stratum')}</th>
                <th scope="col">{t('registrationConsole.invited')}</th>
                <th scope="col">{t('registrationConsole.registered')}</th>
              </tr>
            </thead>
            <tbody>
              {view.responses.map((r) => (
                <tr key={r.stratum}>
                  <th scope="row">
                    {r.stratum === '' ? t('registrationConsole.wholeRegister') : r.stratum}
                  </th>
                  <td>{formatCount(r.invited, language)}</td>
                  <td>{formatCount(r.registered, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {closedAt === null && (
        <>
          {canUpload && (
            <form className="fr-mb-4w" onSubmit={(event) => void uploadStageOne(event)} noValidate>
              <FileInput
                ref={fileInput}
                id={fileId}
                required
                label={t('registrationConsole.stageOne')}
                hint={t('registrationConsole.stageOneHint')}
                error={form.errorFor(fileId)}
                accept=".json,application/json"
              />
              <button className="fr-btn" type="submit" disabled={form.busy}>
                {t('registrationConsole.stageOneSubmit')}
              </button>
            </form>
          )}
          <form className="fr-mb-4w" onSubmit={(event) => void saveForm(event)} noValidate>
            <TextField
              id={eligibilityId}
              label={t('registrationConsole.eligibility')}
              hint={t('registrationConsole.eligibilityHint')}
              requirement="required"
              value={eligibility}
              maxLength={300}
              onChange={(event) => setEligibility(event.currentTarget.value)}
            />
            <TextAreaField
              id={attributesId}
              label={t('registrationConsole.attributes')}
              hint={t('registrationConsole.attributesHint')}
              error={form.errorFor(attributesId)}
              value={attributes}
              rows={3}
              onChange={(event) => setAttributes(event.currentTarget.value)}
            />
            <button className="fr-btn" type="submit" disabled={form.busy}>
              {t('registrationConsole.formSubmit')}
            </button>
          </form>
          <form className="fr-mb-4w" onSubmit={(event) => void letters(event)} noValidate>
            <TextAreaField
              id={descriptionId}
              label={t('registrationConsole.description')}
              requirement="required"
              value={description}
              rows={3}
              maxLength={2000}
              onChange={(event) => setDescription(event.currentTarget.value)}
            />
            <TextField
              id={senderId}
              label={t('registrationConsole.organiserName')}
              requirement="required"
              value={sender}
              maxLength={120}
              onChange={(event) => setSender(event.currentTarget.value)}
            />
            <button className="fr-btn" type="submit" disabled={form.busy}>
              {t('registrationConsole.lettersSubmit')}
            </button>
          </form>
          <p>
            <button
              className="fr-btn fr-btn--secondary"
              type="button"
              disabled={form.busy}
              onClick={() => void close()}
            >
              {t('registrationConsole.close')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
