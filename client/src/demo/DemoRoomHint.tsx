import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';
import { useIsDemoProcess } from './useIsDemoProcess';

/**
 * For the facilitator of a demonstration during scoring: where the jurors come from (the console's
 * "Ouvrir comme juré·e n° k"), since one person plays every part. Nothing outside a demonstration.
 */
export function DemoRoomHint({ processId }: { processId: string }) {
  const { t } = useI18n();
  const isDemo = useIsDemoProcess(processId);
  if (!isDemo) return null;
  return (
    <p className="demo-room-hint" data-testid="demo-room-hint">
      {t('demo.room.openSeats')}{' '}
      <Link href={`/organiser/p/${encodeURIComponent(processId)}`}>
        {t('demo.room.consoleLink')}
      </Link>
    </p>
  );
}
