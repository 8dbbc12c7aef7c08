import { useState } from 'react';
import { describeApiError } from '../ui/formErrors';
import type { MessageKey } from '../i18n/messages';
import type { VerificationReport } from '../../../shared/verificationReport';

/**
 * Runs a verification in the page: downloads, then checks with the shared code. Tracks the run, its
 * report and any problem (a failed download, as a message key), and lets the "working" message paint before the
 * synchronous checks take the thread.
 */
export function useBrowserCheck() {
  const [working, setWorking] = useState(false);
  const [report, setReport] = useState<VerificationReport | undefined>();
  const [problem, setProblem] = useState<MessageKey | undefined>();
  const [isLoadingVerifier, setLoadingVerifier] = useState(false);

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

  /**
   * Like `run`, after downloading the code that checks (`load`, a dynamic import: loadVerifier.ts), which
   * both steps then receive; while it downloads, `isLoadingVerifier` is true.
   */
  async function runLoaded<Code>(
    load: () => Promise<Code>,
    download: (code: Code) => Promise<Uint8Array>,
    check: (bytes: Uint8Array, code: Code) => VerificationReport,
  ) {
    setLoadingVerifier(true);
    setReport(undefined);
    setProblem(undefined);
    let code: Code;
    try {
      code = await load();
    } catch {
      setProblem('verifier.loadFailed');
      return;
    } finally {
      setLoadingVerifier(false);
    }
    await run(
      () => download(code),
      (bytes) => check(bytes, code),
    );
  }

  const failed = report?.checks.filter((check) => !check.ok).length ?? 0;
  return { working, report, problem, failed, run, isLoadingVerifier, runLoaded };
}
