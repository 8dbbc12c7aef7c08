import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';
import { useIsDemoProcess } from './useIsDemoProcess';

/**
 * During scoring in a demonstration, where one person plays every part: the facilitator learns where the
 * jurors come from (the console's "Ouvrir comme juré·e n° k"), a juror where to go once scored. Nothing
 * outside a demonstration.
 */
export function DemoRoomHint({
  processId,
  role,
}: {
  processId: string;
  role: 'facilitator' | 'juror';
}) {
  const { t } = useI18n();
  const isDemo = useIsDemoProcess(processId);
  if (!isDemo) return null;
  return (
    <p className="demo-room-hint" data-testid="demo-room-hint">
      {t(role === 'facilitator' ? 'demo.room.openSeats' : 'demo.room.jurorNext')}{' '}
      <Link href={`/organiser/p/${encodeURIComponent(processId)}`}>
        {t('demo.room.consoleLink')}
      </Link>
    </p>
  );
}
