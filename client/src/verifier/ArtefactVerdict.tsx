import { Notice } from '../ui/Notice';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/useI18n';
import type { ArtefactOutcome } from './verifyArtefact';
import { VerdictAlert } from '../verification/VerdictAlert';

const KIND: Record<Exclude<ArtefactOutcome['kind'], 'not-artefact'>, MessageKey> = {
  'draw-record': 'artefact.kind.draw-record',
  'stratified-record': 'artefact.kind.stratified-record',
  'invitations-record': 'artefact.kind.invitations-record',
  lottery: 'artefact.kind.lottery',
  'audit-bundle': 'artefact.kind.audit-bundle',
};

const VERDICT: Record<keyof typeof KIND, { ok: MessageKey; failed: MessageKey }> = {
  'draw-record': { ok: 'verifier.valid', failed: 'verifier.invalid' },
  'stratified-record': { ok: 'verifier.valid', failed: 'verifier.invalid' },
  'invitations-record': { ok: 'verifier.valid', failed: 'verifier.invalid' },
  lottery: { ok: 'lottery.ok', failed: 'artefact.lottery.invalid' },
  'audit-bundle': { ok: 'artefact.bundle.valid', failed: 'artefact.bundle.invalid' },
};

/**
 * What the file was recognised as, then its verdict. A file that is no artefact gets an explanation
 * in a neutral notice: nothing was checked, so nothing is said to have failed.
 */
export function ArtefactVerdict({ outcome }: { outcome: ArtefactOutcome }) {
  const { t } = useI18n();
  if (outcome.kind === 'not-artefact')
    return (
      <div className="artefact-notice fr-mb-2w" data-testid="not-artefact">
        <Notice
          title={t('artefact.notArtefact', {
            reason: t(`artefact.reason.${outcome.reason}`, { protocol: outcome.protocol ?? '' }),
          })}
          description={t('artefact.nothingChecked')}
        />
      </div>
    );
  const { report } = outcome;
  const failed = report.checks.filter((check) => !check.ok).length;
  const count = report.checks.length;
  return (
    <>
      <p data-testid="artefact-kind">
        {t('artefact.recognised', {
          kind: t(KIND[outcome.kind], 'protocol' in outcome ? { protocol: outcome.protocol } : {}),
        })}
      </p>
      <VerdictAlert
        ok={report.ok}
        testId="verdict"
        text={
          report.ok
            ? t(VERDICT[outcome.kind].ok, { count })
            : t(VERDICT[outcome.kind].failed, { failed, count })
        }
      />
    </>
  );
}
