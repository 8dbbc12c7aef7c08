import { useId, useRef, type FormEvent } from 'react';
import { apiUpload } from '../api/apiClient';
import { apiPath } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import { ErrorCode } from '../../../shared/errors';
import { FlexProblem } from '../../../shared/stratify/quotaFlex';
import type { StratificationView } from '../../../shared/stratify/stratificationView';
import type { MessageKey } from '../i18n/messages';
import { ErrorSummary } from '../ui/ErrorSummary';
import { StatusMessage } from '../ui/StatusMessage';
import { FileInput } from '../ui/FileInput';
import { useFormState } from '../session/useFormState';

/** The quotas' flexible-bound problems (shared/stratify/quotaFlex.ts), explained in the interface language. */
const FLEX_REASONS = {
  [FlexProblem.NotWhole]: 'stratified.quotas.flex.FLEX_NOT_WHOLE',
  [FlexProblem.MinFlexAboveMin]: 'stratified.quotas.flex.MIN_FLEX_ABOVE_MIN',
  [FlexProblem.MaxFlexBelowMax]: 'stratified.quotas.flex.MAX_FLEX_BELOW_MAX',
} as const satisfies Record<string, MessageKey>;

/** Uploads the quotas CSV; the server checks it whole against the pool's columns (all or nothing). */
export function QuotasImportForm({
  processId,
  hasQuotas,
  onView,
}: {
  processId: string;
  hasQuotas: boolean;
  onView: (view: StratificationView) => void;
}) {
  const { t } = useI18n();
  const fileId = `${useId()}-quotas-file`;
  const fileInput = useRef<HTMLInputElement>(null);
  const form = useFormState();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (file === undefined)
      return form.fail([{ key: 'stratified.quotas.needFile', fieldId: fileId }]);
    const next = await form.submit(
      () =>
        apiUpload<StratificationView>(
          apiPath('stratification.quotas', { params: { id: processId } }),
          file,
          file.name,
          () => {},
        ),
      (error) => {
        if (error.code !== ErrorCode.CsvInvalid) return undefined;
        const { details } = error;
        const code = details.problems?.[0]?.code;
        if (code !== undefined && code in FLEX_REASONS)
          return [
            {
              key: 'stratified.quotas.flexError',
              values: {
                file: details.file ?? file.name,
                line: details.line ?? 1,
                column: details.column ?? '—',
                field: details.field ?? '—',
                code,
              },
              refs: { reason: FLEX_REASONS[code as keyof typeof FLEX_REASONS] },
              fieldId: fileId,
            },
          ];
        return [
          {
            key: 'stratified.quotas.error',
            values: {
              file: details.file ?? file.name,
              line: details.line ?? 1,
              field: details.field ?? '—',
              code: details.problems?.[0]?.code ?? error.code,
            },
            fieldId: fileId,
          },
        ];
      },
    );
    if (next === undefined) return;
    onView(next);
    if (fileInput.current !== null) fileInput.current.value = '';
    form.setNotice({
      key: 'stratified.quotas.imported',
      values: { count: next.quotas?.quotas.length ?? 0 },
    });
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary errors={form.errors} />
      <FileInput
        ref={fileInput}
        id={fileId}
        required
        label={t('stratified.quotas.file')}
        hint={t('stratified.quotas.fileHint')}
        error={form.errorFor(fileId)}
        accept=".csv,text/csv,text/plain"
      />
      <StatusMessage notice={form.notice} />
      <button className="fr-btn" type="submit" disabled={form.busy}>
        {t(hasQuotas ? 'stratified.quotas.reimport' : 'stratified.quotas.submit')}
      </button>
    </form>
  );
}
