import type { ProcessStatus } from '../../../shared/process/processState';
import { useI18n } from '../i18n/useI18n';

export function StatusLabel({ status }: { status: ProcessStatus }) {
  const { t } = useI18n();
  return <>{t(`status.${status}`)}</>;
}
