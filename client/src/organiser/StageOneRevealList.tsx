import { useId, useState } from 'react';
import type { StageOneCeremonyView } from '../../../shared/api/groups/registration.contract';
import { describeSource } from '../../../shared/lottery/describeSource';
import { api } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import { useFormState, type Notice } from '../session/useFormState';
import { ErrorSummary } from '../ui/ErrorSummary';
import { StatusMessage } from '../ui/StatusMessage';
import { useFocusLater } from '../ui/useFocusLater';
import { PasteFallback } from './beacon/PasteFallback';
import { DrandRoundInfo } from './DrandRoundInfo';
import { RevealSourceForm, type RevealBody } from './RevealSourceForm';

type Committed = NonNullable<StageOneCeremonyView['commitment']>;

/**
 * Reveals each source of stage one's commitment with the jury draw's form (RevealSourceForm on stage
 * one's route); a drand round is fetched by the server at the organiser's request, or pasted by hand.
 */
export function StageOneRevealList({
  processId,
  commitment,
  revealed,
  onChange,
}: {
  processId: string;
  commitment: Committed;
  revealed: StageOneCeremonyView['revealed'];
  onChange: (next: StageOneCeremonyView) => void;
}) {
  const { t, language } = useI18n();
  const id = useId();
  const focusLater = useFocusLater();
  const fetching = useFormState();
  const [notice, setNotice] = useState<Notice | undefined>();
  const headingIdOf = (index: number) => `${id}-source-${index}`;
  // Round numbers as the rest of the console writes them (657 413).
  const roundText = (round: number | undefined) =>
    round === undefined ? '' : new Intl.NumberFormat(language).format(round);
  const valueOf = (index: number) => revealed.find((r) => r.source === index)?.value;
  // Without a value or a signature, the server fetches the round itself.
  const submitReveal = (body: RevealBody | { source: number }) =>
    api('registration.reveal', { params: { id: processId }, body });

  const done = (next: StageOneCeremonyView, index: number, key: 'fetched' | 'revealed') => {
    onChange(next);
    const source = commitment.sources[index];
    setNotice(
      key === 'fetched'
        ? { key: 'stageOneDraw.fetched', values: { round: roundText(source?.beacon?.round) } }
        : {
            key: 'organiser.reveal.revealed',
            values: { label: source === undefined ? '' : describeSource(source, language) },
          },
    );
    focusLater(headingIdOf(index));
  };

  async function fetchRound(index: number) {
    const next = await fetching.submit(() => submitReveal({ source: index }));
    if (next !== undefined) done(next, index, 'fetched');
  }

  return (
    <>
      <StatusMessage notice={notice} />
      <ErrorSummary errors={fetching.errors} />
      <ol className="reveal-list">
        {commitment.sources.map((source, index) => {
          const value = valueOf(index);
          const round = source.beacon?.round;
          return (
            <li key={source.label} className="reveal-item">
              <h4 id={headingIdOf(index)} tabIndex={-1}>
                {describeSource(source, language)}
              </h4>
              {value !== undefined ? (
                <p>
                  <span className="fr-badge fr-badge--success fr-badge--sm">
                    {t('organiser.reveal.done')}
                  </span>{' '}
                  <code className="hash">{value}</code>
                </p>
              ) : (
                <>
                  <p>
                    <span className="fr-badge fr-badge--info fr-badge--sm">
                      {t('organiser.reveal.pending')}
                    </span>
                    {source.optional === true && ` ${t('organiser.reveal.optionalNote')}`}
                  </p>
                  {round !== undefined && (
                    <>
                      <p>
                        <DrandRoundInfo round={round} />
                      </p>
                      <p>
                        <button
                          type="button"
                          className="fr-btn"
                          disabled={fetching.busy}
                          onClick={() => void fetchRound(index)}
                        >
                          {t('stageOneDraw.fetch', { round: roundText(round) })}
                        </button>
                      </p>
                    </>
                  )}
                  <PasteFallback isCollapsed={round !== undefined}>
                    <RevealSourceForm<StageOneCeremonyView>
                      processId={processId}
                      index={index}
                      source={source}
                      submitReveal={submitReveal}
                      onRevealed={(next) => done(next, index, 'revealed')}
                    />
                  </PasteFallback>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
