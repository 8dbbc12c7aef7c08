import { useState } from 'react';
import { bytesToHex } from '../../../shared/crypto/bytes';
import { sha256 } from '../../../shared/crypto/hash';
import { apiPath } from '../api/api';
import { apiBytes } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { CheckList } from '../verification/CheckList';
import { useBrowserCheck } from '../verification/useBrowserCheck';
import { VerdictAlert } from '../verification/VerdictAlert';
import { Button } from '../ui/Button';
import { loadVerifier } from '../verification/loadVerifier';

/**
 * "Vérifier le résultat": downloads the audit bundle and re-verifies it here, in this browser: the draw,
 * the chain, every event, then every aggregate, rank and the shortlist recomputed from the raw grades.
 */
export function ResultVerification({ processId }: { processId: string }) {
  const { t } = useI18n();
  const { working, report, problem, failed, isLoadingVerifier, runLoaded } = useBrowserCheck();
  const [digest, setDigest] = useState<string | undefined>();

  const run = () =>
    runLoaded(
      loadVerifier,
      () => apiBytes(apiPath('results.audit', { params: { id: processId } })),
      (bytes, { verifyBundleBytes }) => {
        setDigest(bytesToHex(sha256(bytes)));
        return verifyBundleBytes(bytes);
      },
    );
  return (
    <section aria-labelledby="results-verify-heading" className="fr-mt-4w">
      <h2 id="results-verify-heading">{t('results.verify')}</h2>
      <p>{t('results.verify.intro')}</p>
      <Button
        type="button"
        onClick={() => void run()}
        disabled={working || isLoadingVerifier}
        className="fr-mb-2w"
      >
        {t('results.verify')}
      </Button>
      <div role="status" aria-live="polite" className="verdict-region">
        {isLoadingVerifier && <p>{t('verifier.loading')}</p>}
        {working && <p>{t('public.verify.working')}</p>}
        {problem !== undefined && <VerdictAlert ok={false} text={t(problem)} />}
        {report !== undefined && (
          <VerdictAlert
            ok={report.ok}
            testId="results-verdict"
            text={
              report.ok
                ? t('results.verify.ok', { count: report.checks.length })
                : t('results.verify.failed', { failed, count: report.checks.length })
            }
          />
        )}
      </div>
      {digest !== undefined && (
        <p>
          {t('results.verify.digest')} <code className="hash">{digest}</code>
        </p>
      )}
      {report !== undefined && <CheckList checks={report.checks} />}
    </section>
  );
}
