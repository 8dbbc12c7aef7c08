import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';
import { useIsDemoProcess } from './useIsDemoProcess';

const HINT = {
  facilitator: 'demo.room.openSeats',
  juror: 'demo.room.jurorNext',
  publish: 'demo.room.publish',
} as const;

/**
 * During scoring in a demonstration, where one person plays every part: the facilitator learns where the
 * jurors come from (the console's "Ouvrir comme juré·e n° k"), a juror where to go once scored; at the results, the facilitator where to publish them. Nothing
 * outside a demonstration.
 */
export function DemoRoomHint({
  processId,
  role,
}: {
  processId: string;
  role: 'facilitator' | 'juror' | 'publish';
}) {
  const { t } = useI18n();
  const isDemo = useIsDemoProcess(processId);
  if (!isDemo) return null;
  return (
    <p className="demo-room-hint" data-testid="demo-room-hint">
      {t(HINT[role])}{' '}
      <Link href={`/organiser/p/${encodeURIComponent(processId)}`}>
        {t('demo.room.consoleLink')}
      </Link>
    </p>
  );
}
