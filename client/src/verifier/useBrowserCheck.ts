import { useState } from 'react';
import { describeApiError } from '../ui/formErrors';
import type { MessageKey } from '../i18n/messages';
import type { VerificationReport } from '../../../shared/lottery/verifyRecord';

/**
 * Runs a verification in the page: downloads, then checks with the shared code. Tracks the run, its
 * report and any problem (a failed download, as a message key), and lets the "working" message paint before the
 * synchronous checks take the thread.
 */
export function useBrowserCheck() {
  const [working, setWorking] = useState(false);
  const [report, setReport] = useState<VerificationReport | undefined>();
  const [problem, setProblem] = useState<MessageKey | undefined>();

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
      // A failed download, worded from its code in the reader's language.
      setProblem(describeApiError(error).key);
    } finally {
      setWorking(false);
    }
  }

  const failed = report?.checks.filter((check) => !check.ok).length ?? 0;
  return { working, report, problem, failed, run };
}
