import type { TimelockOpening } from '../../../shared/lottery/timelock';
import { apiBytes } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { CheckList } from '../verification/CheckList';
import { useBrowserCheck } from '../verification/useBrowserCheck';
import { VerdictAlert } from '../verification/VerdictAlert';
import { Button } from '../ui/Button';
import { loadVerifier } from '../verification/loadVerifier';
import { apiPath } from '../api/api';

/** Downloads the public log (and record) and re-verifies everything here, trusting nothing the server says. */
export function BrowserVerification({
  processId,
  isDrawn,
}: {
  processId: string;
  isDrawn: boolean;
}) {
  const { t } = useI18n();
  const { working, report, problem, failed, isLoadingVerifier, runLoaded } = useBrowserCheck();

  // The log is the download; the record, when drawn, comes with it (both checked together).
  let recordBytes: Uint8Array | undefined;
  let timelockOpenings: Map<number, TimelockOpening> | undefined;
  const run = () =>
    runLoaded(
      loadVerifier,
      async ({ openRecordTimelocksInBytes }) => {
        recordBytes = isDrawn
          ? await apiBytes(apiPath('public.record', { params: { id: processId } }))
          : undefined;
        // Timelocked witnesses are opened first, offline, from the signatures the record carries.
        timelockOpenings =
          recordBytes === undefined ? undefined : await openRecordTimelocksInBytes(recordBytes);
        return apiBytes(apiPath('public.log', { params: { id: processId } }));
      },
      (logBytes, { verifyPublication }) => {
        let log: unknown;
        try {
          log = JSON.parse(new TextDecoder().decode(logBytes));
        } catch {
          log = undefined;
        }
        return verifyPublication(processId, log, recordBytes, timelockOpenings);
      },
    );
  return (
    <section aria-labelledby="verify-heading" className="fr-mt-4w">
      <h2 id="verify-heading">{t('public.verify')}</h2>
      <p>{t('public.verify.intro')}</p>
      <Button
        type="button"
        onClick={() => void run()}
        disabled={working || isLoadingVerifier}
        className="fr-mb-2w"
      >
        {t('public.verify')}
      </Button>
      <div role="status" aria-live="polite" className="verdict-region">
        {isLoadingVerifier && <p>{t('verifier.loading')}</p>}
        {working && <p>{t('public.verify.working')}</p>}
        {problem !== undefined && <VerdictAlert ok={false} text={t(problem)} />}
        {report !== undefined && (
          <VerdictAlert
            ok={report.ok}
            testId="publication-verdict"
            text={
              report.ok
                ? t('public.verify.ok', { count: report.checks.length })
                : t('public.verify.failed', { failed, count: report.checks.length })
            }
          />
        )}
      </div>
      {report !== undefined && <CheckList checks={report.checks} />}
    </section>
  );
}
