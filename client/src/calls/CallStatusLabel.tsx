import { Badge } from '../ui/Badge';
import { useI18n } from '../i18n/useI18n';
import type { CallStatus } from './callTypes';

const SEVERITY = { upcoming: 'info', open: 'success', closed: undefined } as const;

/** The call's status as a badge: open in green, upcoming in blue, closed in grey (its word says it all). */
export function CallStatusLabel({ status }: { status: CallStatus }) {
  const { t } = useI18n();
  return (
    <Badge as="span" small severity={SEVERITY[status]}>
      {t(`calls.status.${status}`)}
    </Badge>
  );
}
