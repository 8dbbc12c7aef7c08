import { useId } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { ProgressReport } from '../../../shared/stratify/leximin';
import { formatPercent } from './formatPercent';

/**
 * The computation's progress: a labelled <progress> (types fixed out of all types) and the current round
 * and minimum, announced politely as they change.
 */
export function LotteryProgress({ progress }: { progress: ProgressReport | undefined }) {
  const { t, language } = useI18n();
  const progressId = `${useId()}-lottery-progress`;
  return (
    <div className="field lottery-progress">
      <label htmlFor={progressId}>{t('stratified.compute.progress')}</label>
      {progress === undefined ? (
        <progress id={progressId} />
      ) : (
        <progress id={progressId} max={Math.max(1, progress.types)} value={progress.fixedTypes} />
      )}
      <p role="status" aria-live="polite" className="status-region">
        {progress === undefined
          ? t('stratified.compute.starting')
          : t('stratified.compute.progressText', {
              round: progress.round,
              fixed: progress.fixedTypes,
              types: progress.types,
              minimum: formatPercent(progress.minimum, language),
            })}
      </p>
    </div>
  );
}
