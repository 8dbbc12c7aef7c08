import type { ProcessSectionProps } from '../session/processSectionProps';
import { useId, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { describeSource } from '../../../shared/lottery/describeSource';
import { ProcessStatus } from '../../../shared/process/processState';
import { RevealSourceForm } from './RevealSourceForm';
import { PasteFallback } from './beacon/PasteFallback';
import { StatusMessage } from '../ui/StatusMessage';
import { useFocusLater } from '../ui/useFocusLater';
import type { Notice } from '../session/useFormState';
import { BeaconFetchPanel } from './beacon/BeaconFetchPanel';
import { useBeaconFetch } from './beacon/useBeaconFetch';

/** Reveals each committed source; the draw needs every source that is not optional. */
export function RevealSection({ state, onChange }: ProcessSectionProps) {
  const { t, language } = useI18n();
  const id = useId();
  const focusLater = useFocusLater();
  const [notice, setNotice] = useState<Notice | undefined>();
  const sources = state.commitment?.commitment.sources ?? [];
  const canReveal =
    state.status === ProcessStatus.Committed || state.status === ProcessStatus.Revealed;
  const headingIdOf = (index: number) => `${id}-source-${index}`;
  // The server fetches each drand round itself; pasting stays the fallback.
  const beacons = useBeaconFetch(state.id, canReveal, state.head);
  const fetchOf = (index: number) =>
    beacons.answer?.enabled === true
      ? beacons.answer.beacons.find((b) => b.kind === 'draw' && b.source === index)
      : undefined;

  return (
    <section aria-labelledby={`${id}-heading`} className="ceremony-section">
      <h2 id={`${id}-heading`}>{t('organiser.reveal.heading')}</h2>
      {canReveal && <p>{t('organiser.reveal.intro')}</p>}
      <StatusMessage notice={notice} />
      <ol className="reveal-list">
        {sources.map((source, index) => {
          const value = state.values[index];
          // After the draw every source is settled; an optional one left unrevealed is null.
          const isRevealed = state.revealed[index] === true && typeof value === 'string';
          return (
            <li key={source.label} className="reveal-item">
              <h3 id={headingIdOf(index)} tabIndex={-1}>
                {describeSource(source, language)}
              </h3>
              {isRevealed ? (
                <p>
                  <span className="fr-badge fr-badge--success fr-badge--sm">
                    {t('organiser.reveal.done')}
                  </span>{' '}
                  {fetchOf(index)?.phase === 'fetched' && (
                    <>
                      <span className="fr-badge fr-badge--success fr-badge--sm">
                        {t('beacon.fetchedBadge')}
                      </span>{' '}
                    </>
                  )}
                  <code className="hash">{value}</code>
                </p>
              ) : canReveal ? (
                <p>
                  <span className="fr-badge fr-badge--info fr-badge--sm">
                    {t('organiser.reveal.pending')}
                  </span>
                  {source.optional === true && ` ${t('organiser.reveal.optionalNote')}`}
                </p>
              ) : (
                <p>
                  <span className="fr-badge fr-badge--sm">{t('organiser.reveal.null')}</span>
                </p>
              )}
              {canReveal && !isRevealed && fetchOf(index) !== undefined && (
                <BeaconFetchPanel
                  status={fetchOf(index)!}
                  offsetMs={beacons.offsetMs}
                  isRetrying={beacons.isRetrying}
                  onRetry={() => void beacons.retry()}
                />
              )}
              {canReveal && !isRevealed && (
                <PasteFallback isCollapsed={fetchOf(index) !== undefined}>
                  <RevealSourceForm
                    processId={state.id}
                    index={index}
                    source={source}
                    onRevealed={(next) => {
                      onChange(next);
                      setNotice({
                        key: 'organiser.reveal.revealed',
                        values: { label: describeSource(source, language) },
                      });
                      focusLater(headingIdOf(index));
                    }}
                  />
                </PasteFallback>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
