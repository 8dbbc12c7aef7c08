import { useId } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { ProgressReport } from '../../../shared/stratify/leximin';
import type { Algorithm } from '../../../shared/stratify/lottery';
import { formatPercent } from '../ui/formatPercent';

/**
 * The computation's progress: a labelled <progress> (types fixed out of all types), the round, the bounds
 * on its value, and a time estimate that says what it rests on, announced politely as they change.
 */
export function LotteryProgress({
  progress,
  budgetSeconds,
  algorithm,
}: {
  progress: ProgressReport | undefined;
  budgetSeconds?: number | undefined;
  /** Nash welfare fixes no type: its progress is the iteration and the geometric mean's bounds. */
  algorithm?: Algorithm | undefined;
}) {
  const isNash = algorithm === 'nash';
  const { t, language } = useI18n();
  const progressId = `${useId()}-lottery-progress`;
  const left =
    budgetSeconds === undefined || progress?.seconds === undefined
      ? undefined
      : Math.max(0, Math.ceil(budgetSeconds - progress.seconds));
  const estimate =
    progress === undefined || isNash
      ? ''
      : progress.fixedTypes === progress.types
        ? t('stratified.compute.optimised')
        : progress.estimateSeconds === undefined
          ? t('stratified.compute.estimateUnknown')
          : t('stratified.compute.estimate', { seconds: Math.ceil(progress.estimateSeconds) });
  return (
    <div className="field lottery-progress">
      <label htmlFor={progressId}>{t('stratified.compute.progress')}</label>
      {progress === undefined || isNash ? (
        <progress id={progressId} />
      ) : (
        <progress id={progressId} max={Math.max(1, progress.types)} value={progress.fixedTypes} />
      )}
      <p role="status" aria-live="polite" className="status-region" data-testid="lottery-progress">
        {progress === undefined
          ? t('stratified.compute.starting')
          : [
              isNash
                ? t('stratified.compute.nashProgressText', {
                    iteration: progress.round,
                    lower: formatPercent(progress.lower, language),
                    upper: formatPercent(progress.upper, language),
                  })
                : t('stratified.compute.progressText', {
                    round: progress.round,
                    closed: progress.roundsClosed,
                    fixed: progress.fixedTypes,
                    types: progress.types,
                    lower: formatPercent(progress.lower, language),
                    upper: formatPercent(progress.upper, language),
                  }),
              estimate,
              left === undefined || progress.fixedTypes === progress.types
                ? ''
                : t('stratified.compute.budgetLeft', { seconds: left }),
            ]
              .filter(Boolean)
              .join(' ')}
      </p>
    </div>
  );
}
