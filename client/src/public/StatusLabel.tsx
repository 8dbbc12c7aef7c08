import type { ProcessStage } from '../../../shared/process/processStage';
import { useI18n } from '../i18n/useI18n';

/** A process's stage in words: the ceremony's steps, then the deliberation and the published results. */
export function StatusLabel({ stage }: { stage: ProcessStage }) {
  const { t } = useI18n();
  return <>{t(`stage.${stage}`)}</>;
}
