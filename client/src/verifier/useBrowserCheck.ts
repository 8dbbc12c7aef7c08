import { useState } from 'react';
import type { VerificationReport } from '../../../shared/lottery/verifyRecord';

/**
 * Runs a verification in the page: downloads, then checks with the shared code. Tracks the run, its
 * report and any problem (a failed download), and lets the "working" message paint before the
 * synchronous checks take the thread.
 */
export function useBrowserCheck() {
  const [working, setWorking] = useState(false);
  const [report, setReport] = useState<VerificationReport | undefined>();
  const [problem, setProblem] = useState<string | undefined>();

  async function run(
    download: () => Promise<Uint8Array>,
    check: (bytes: Uint8Array) => VerificationReport,
  ) {
    setWorking(true);
    setReport(undefined);
    setProblem(undefined);
    try {
      const bytes = await download();
      await new Promise((resolve) => setTimeout(resolve, 0));
      setReport(check(bytes));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setWorking(false);
    }
  }

  const failed = report?.checks.filter((check) => !check.ok).length ?? 0;
  return { working, report, problem, failed, run };
}
