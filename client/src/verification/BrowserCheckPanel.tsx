import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';
import { Button } from '../ui/Button';
import { CheckList } from './CheckList';
import type { useBrowserCheck } from './useBrowserCheck';
import { VerdictAlert } from './VerdictAlert';

/**
 * A "check it in this browser" section: its heading and introduction, the button, the live verdict and
 * the list of checks. The page says what is downloaded and checked (`run`) and how the verdict reads.
 */
export function BrowserCheckPanel({
  headingId,
  heading,
  intro,
  verdictTestId,
  verdict,
  check,
  run,
  children,
}: {
  headingId: string;
  heading: string;
  intro: string;
  verdictTestId: string;
  /** The verdict's sentence, from the number of checks and of failed ones. */
  verdict: (ok: boolean, counts: { count: number; failed: number }) => string;
  check: ReturnType<typeof useBrowserCheck>;
  run: () => Promise<void>;
  /** Shown between the verdict and the list of checks (a digest, say). */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const { working, report, problem, failed, isLoadingVerifier } = check;
  return (
    <section aria-labelledby={headingId} className="fr-mt-4w">
      <h2 id={headingId}>{heading}</h2>
      <p>{intro}</p>
      <Button
        type="button"
        onClick={() => void run()}
        disabled={working || isLoadingVerifier}
        className="fr-mb-2w"
      >
        {heading}
      </Button>
      <div role="status" aria-live="polite" className="verdict-region">
        {isLoadingVerifier && <p>{t('verifier.loading')}</p>}
        {working && <p>{t('public.verify.working')}</p>}
        {problem !== undefined && <VerdictAlert ok={false} text={t(problem)} />}
        {report !== undefined && (
          <VerdictAlert
            ok={report.ok}
            testId={verdictTestId}
            text={verdict(report.ok, { count: report.checks.length, failed })}
          />
        )}
      </div>
      {children}
      {report !== undefined && <CheckList checks={report.checks} />}
    </section>
  );
}
