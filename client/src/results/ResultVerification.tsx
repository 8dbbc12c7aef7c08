import { useState } from 'react';
import { bytesToHex } from '../../../shared/crypto/bytes';
import { sha256 } from '../../../shared/crypto/hash';
import { apiBytes } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { CheckList } from '../verifier/CheckList';
import { useBrowserCheck } from '../verifier/useBrowserCheck';
import { loadVerifier } from '../verifier/loadVerifier';

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
      () => apiBytes(`/api/public/processes/${encodeURIComponent(processId)}/audit.json`),
      (bytes, { verifyBundleBytes }) => {
        setDigest(bytesToHex(sha256(bytes)));
        return verifyBundleBytes(bytes);
      },
    );
  return (
    <section aria-labelledby="results-verify-heading">
      <h2 id="results-verify-heading">{t('results.verify')}</h2>
      <p>{t('results.verify.intro')}</p>
      <button
        type="button"
        className="primary"
        onClick={() => void run()}
        disabled={working || isLoadingVerifier}
      >
        {t('results.verify')}
      </button>
      <div role="status" aria-live="polite" className="verdict-region">
        {isLoadingVerifier && <p>{t('verifier.loading')}</p>}
        {working && <p>{t('public.verify.working')}</p>}
        {problem !== undefined && <p className="verdict failed">{t(problem)}</p>}
        {report !== undefined && (
          <p className={report.ok ? 'verdict ok' : 'verdict failed'} data-testid="results-verdict">
            {report.ok
              ? t('results.verify.ok', { count: report.checks.length })
              : t('results.verify.failed', { failed, count: report.checks.length })}
          </p>
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
