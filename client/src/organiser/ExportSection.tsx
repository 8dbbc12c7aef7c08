import type { CallSectionProps } from './callSectionProps';
import { useEffect, useId, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';
import type { ProcessSummary } from './callView';
import { ErrorSummary } from '../ui/ErrorSummary';
import { ExportForm } from './ExportForm';
import { describeApiError, type FormError } from '../ui/formErrors';
import { StatusMessage } from '../ui/StatusMessage';
import { useFocusLater } from '../ui/useFocusLater';
import type { Notice } from '../session/useFormState';
import { api } from '../api/api';

/** The hand-over, once every application is settled: the admissible ones become a jury's dossiers. */
export function ExportSection({ view, onChange }: CallSectionProps) {
  const { t } = useI18n();
  const id = useId();
  const headingId = `${id}-heading`;
  const [processes, setProcesses] = useState<ProcessSummary[] | undefined>();
  const [loadErrors, setLoadErrors] = useState<readonly FormError[]>([]);
  const [notice, setNotice] = useState<Notice | undefined>();
  const focusLater = useFocusLater();
  const { call, progress } = view;
  const unsettled = progress.applications.received - progress.applications.settled;
  const admissible = call.statistics?.admissible ?? 0;

  useEffect(() => {
    api('public.processes')
      .then(setProcesses)
      .catch((error: unknown) => setLoadErrors([describeApiError(error)]));
  }, []);

  const titleOf = (processId: string) =>
    processes?.find((p) => p.id === processId)?.title ?? processId;

  let body;
  if (call.exportedTo !== undefined)
    body = (
      <p>
        {t('organiser.calls.export.exported', { title: titleOf(call.exportedTo) })}{' '}
        <Link href={`/organiser/p/${encodeURIComponent(call.exportedTo)}`}>
          {t('organiser.calls.export.openProcess')}
        </Link>
      </p>
    );
  else if (call.status !== 'closed') body = <p>{t('organiser.calls.export.afterClose')}</p>;
  else if (unsettled > 0)
    body = <p>{t('organiser.calls.export.unsettled', { count: unsettled })}</p>;
  else if (admissible === 0) body = <p>{t('organiser.calls.export.noneAdmissible')}</p>;
  else if (processes === undefined)
    body = loadErrors.length === 0 ? <p role="status">{t('organiser.loading')}</p> : null;
  else if (processes.length === 0) body = <p>{t('organiser.calls.export.noProcess')}</p>;
  else
    body = (
      <ExportForm
        callId={call.id}
        admissible={admissible}
        processes={processes}
        onExported={async (processId, count) => {
          setNotice(undefined);
          await onChange();
          setNotice({
            key: 'organiser.calls.export.done',
            values: { count, title: titleOf(processId) },
          });
          focusLater(headingId);
        }}
      />
    );

  return (
    <section aria-labelledby={headingId} className="ceremony-section">
      <h2 id={headingId} tabIndex={-1}>
        {t('organiser.calls.export.heading')}
      </h2>
      <StatusMessage notice={notice} />
      <ErrorSummary errors={loadErrors} />
      {body}
    </section>
  );
}
