import { useState } from 'react';
import type { VerificationReport } from '../../../shared/lottery/verifyRecord';
import { verifyPublication } from '../../../shared/process/verifyPublication';
import { apiBytes } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { CheckList } from '../verifier/CheckList';

/** Downloads the public log (and record) and re-verifies everything here, trusting nothing the server says. */
export function BrowserVerification({
  processId,
  isDrawn,
}: {
  processId: string;
  isDrawn: boolean;
}) {
  const { t } = useI18n();
  const [working, setWorking] = useState(false);
  const [report, setReport] = useState<VerificationReport | undefined>();
  const [problem, setProblem] = useState<string | undefined>();

  async function run() {
    setWorking(true);
    setReport(undefined);
    setProblem(undefined);
    try {
      const base = `/api/public/processes/${encodeURIComponent(processId)}`;
      const logBytes = await apiBytes(`${base}/log.json`);
      const recordBytes = isDrawn ? await apiBytes(`${base}/record.json`) : undefined;
      let log: unknown;
      try {
        log = JSON.parse(new TextDecoder().decode(logBytes));
      } catch {
        log = undefined;
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
      setReport(verifyPublication(processId, log, recordBytes));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setWorking(false);
    }
  }

  const failed = report?.checks.filter((check) => !check.ok).length ?? 0;
  return (
    <section aria-labelledby="verify-heading">
      <h2 id="verify-heading">{t('public.verify')}</h2>
      <p>{t('public.verify.intro')}</p>
      <button type="button" className="primary" onClick={() => void run()} disabled={working}>
        {t('public.verify')}
      </button>
      <div role="status" aria-live="polite" className="verdict-region">
        {working && <p>{t('public.verify.working')}</p>}
        {problem !== undefined && <p className="verdict failed">{problem}</p>}
        {report !== undefined && (
          <p
            className={report.ok ? 'verdict ok' : 'verdict failed'}
            data-testid="publication-verdict"
          >
            {report.ok
              ? t('public.verify.ok', { count: report.checks.length })
              : t('public.verify.failed', { failed, count: report.checks.length })}
          </p>
        )}
      </div>
      {report !== undefined && <CheckList checks={report.checks} />}
    </section>
  );
}
