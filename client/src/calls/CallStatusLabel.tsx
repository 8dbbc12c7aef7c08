import { useI18n } from '../i18n/useI18n';
import type { CallStatus } from './callTypes';

export function CallStatusLabel({ status }: { status: CallStatus }) {
  const { t } = useI18n();
  return <>{t(`calls.status.${status}`)}</>;
}
