import { useId, useState, type FormEvent } from 'react';
import { ConfirmBox } from '../ui/ConfirmBox';
import { api } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import type { ProcessSummary } from './callView';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Select } from '../ui/Select';
import { useConfirmStep } from '../ui/useConfirmStep';
import { useFormState } from '../session/useFormState';

/** Chooses the jury process, then asks for an explicit confirmation: the hand-over happens once. */
export function ExportForm({
  callId,
  admissible,
  processes,
  onExported,
}: {
  callId: string;
  admissible: number;
  processes: readonly ProcessSummary[];
  onExported: (processId: string, count: number) => Promise<unknown>;
}) {
  const { t } = useI18n();
  const id = useId();
  const processFieldId = `${id}-process`;
  const [processId, setProcessId] = useState('');
  const confirm = useConfirmStep(processFieldId);
  const form = useFormState();
  const chosen = processes.find((p) => p.id === processId);

  function ask(event: FormEvent) {
    event.preventDefault();
    if (chosen === undefined)
      return form.fail([
        { key: 'organiser.calls.export.processRequired', fieldId: processFieldId },
      ]);
    form.fail([]);
    confirm.open();
  }

  async function send() {
    const result = await form.submit(() =>
      api('calls.export', { params: { id: callId }, body: { processId } }),
    );
    confirm.close();
    if (result !== undefined) await onExported(result.processId, result.exported);
  }

  return (
    <form onSubmit={ask} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('organiser.calls.export.formHeading')}</h3>
      <p>{t('organiser.calls.export.intro', { count: admissible })}</p>
      <ErrorSummary errors={form.errors} />
      <Select
        id={processFieldId}
        label={t('organiser.calls.export.process')}
        hint={t('organiser.calls.export.processHint')}
        error={form.errorFor(processFieldId)}
        placeholder={t('organiser.calls.export.processPlaceholder')}
        options={processes.map((p) => ({ value: p.id, label: p.title }))}
        required
        disabled={confirm.isOpen}
        value={processId}
        onChange={(event) => setProcessId(event.target.value)}
      />
      {confirm.isOpen && chosen !== undefined ? (
        <ConfirmBox
          {...confirm.box}
          question={t('organiser.calls.export.question', {
            count: admissible,
            title: chosen.title,
          })}
          consequence={t('organiser.calls.export.final')}
          confirmLabel={t('organiser.calls.export.confirm')}
          cancelLabel={t('organiser.calls.export.cancel')}
          busy={form.busy}
          onConfirm={() => void send()}
        />
      ) : (
        <button className="fr-btn" type="submit">
          {t('organiser.calls.export.start')}
        </button>
      )}
    </form>
  );
}
