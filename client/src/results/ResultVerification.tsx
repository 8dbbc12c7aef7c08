import { useState } from 'react';
import { bytesToHex } from '../../../shared/crypto/bytes';
import { sha256 } from '../../../shared/crypto/hash';
import { apiPath } from '../api/api';
import { apiBytes } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { BrowserCheckPanel } from '../verification/BrowserCheckPanel';
import { useBrowserCheck } from '../verification/useBrowserCheck';
import { loadVerifier } from '../verification/loadVerifier';

/**
 * "Vérifier le résultat": downloads the audit bundle and re-verifies it here, in this browser: the draw,
 * the chain, every event, then every aggregate, rank and the shortlist recomputed from the raw grades.
 */
export function ResultVerification({ processId }: { processId: string }) {
  const { t } = useI18n();
  const check = useBrowserCheck();
  const [digest, setDigest] = useState<string | undefined>();

  const run = () =>
    check.runLoaded(
      loadVerifier,
      () => apiBytes(apiPath('results.audit', { params: { id: processId } })),
      (bytes, { verifyBundleBytes }) => {
        setDigest(bytesToHex(sha256(bytes)));
        return verifyBundleBytes(bytes);
      },
    );
  return (
    <BrowserCheckPanel
      headingId="results-verify-heading"
      heading={t('results.verify')}
      intro={t('results.verify.intro')}
      verdictTestId="results-verdict"
      verdict={(ok, counts) => t(ok ? 'results.verify.ok' : 'results.verify.failed', counts)}
      check={check}
      run={run}
    >
      {digest !== undefined && (
        <p>
          {t('results.verify.digest')} <code className="hash">{digest}</code>
        </p>
      )}
    </BrowserCheckPanel>
  );
}
