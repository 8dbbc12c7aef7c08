import { useI18n } from '../i18n/useI18n';
import { PickRole } from '../../../shared/lottery/protocol';
import type { ProcessState } from '../../../shared/process/processState';
import { drawSelection } from '../../../shared/process/processStratified';
import { formatDateTime } from '../ui/formatDateTime';
import { apiPath } from '../api/api';

/** What the draw produced, the public record to download, and any refused second attempt. */
export function DrawSummary({ state }: { state: ProcessState }) {
  const { t, language } = useI18n();
  const record = state.record;
  if (record === undefined) return null;
  const selection = drawSelection(record);
  const seats = selection.filter((pick) => pick.role === PickRole.Seat).length;
  return (
    <>
      <dl className="facts">
        {state.drawnAt !== undefined && (
          <>
            <dt>{t('organiser.draw.drawnAt')}</dt>
            <dd>{formatDateTime(state.drawnAt, language)}</dd>
          </>
        )}
        <dt>{t('organiser.draw.seed')}</dt>
        <dd>
          <code className="hash">{record.seed}</code>
        </dd>
        <dt>{t('organiser.draw.selected')}</dt>
        <dd>
          {t('organiser.draw.selectedValue', {
            seats,
            alternates: selection.length - seats,
          })}
        </dd>
        <dt>{t('organiser.draw.redraws')}</dt>
        <dd>{state.redrawAttempts}</dd>
      </dl>
      <p>
        <a
          href={apiPath('public.record', { params: { id: state.id } })}
          download={`tirage-${state.id}.json`}
        >
          {t('organiser.draw.record')}
        </a>
      </p>
    </>
  );
}
