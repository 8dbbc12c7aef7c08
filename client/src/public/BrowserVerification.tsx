import type { TimelockOpening } from '../../../shared/lottery/timelock';
import { apiBytes } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { BrowserCheckPanel } from '../verification/BrowserCheckPanel';
import { useBrowserCheck } from '../verification/useBrowserCheck';
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
  const check = useBrowserCheck();

  // The log is the download; the record, when drawn, comes with it (both checked together).
  let recordBytes: Uint8Array | undefined;
  let timelockOpenings: Map<number, TimelockOpening> | undefined;
  const run = () =>
    check.runLoaded(
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
    <BrowserCheckPanel
      headingId="verify-heading"
      heading={t('public.verify')}
      intro={t('public.verify.intro')}
      verdictTestId="publication-verdict"
      verdict={(ok, counts) => t(ok ? 'public.verify.ok' : 'public.verify.failed', counts)}
      check={check}
      run={run}
    />
  );
}
