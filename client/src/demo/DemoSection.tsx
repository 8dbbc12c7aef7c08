import type { ProcessSectionProps } from '../session/processSectionProps';
import { useEffect, useId, useRef, useState } from 'react';
import type { DemoInfo } from '../../../shared/api/groups/demo.contract';
import { api } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import { formatNumber } from '../../../shared/format/formatNumber';
import { ProcessStatus, SeatStatus, type ProcessState } from '../../../shared/process/processState';
import { ProcessStage, processStage } from '../../../shared/process/processStage';
import { ErrorSummary } from '../ui/ErrorSummary';
import { StatusMessage } from '../ui/StatusMessage';
import { useFormState } from '../session/useFormState';
import './demo.css';

/**
 * The console's demonstration section, for a process the server seeded as one (nothing otherwise): where
 * the organiser secret is kept, the recorded drand round in one click, and each seat opened as its juror.
 */
export function DemoSection({ state, onChange }: ProcessSectionProps) {
  const [info, setInfo] = useState<DemoInfo | undefined>();
  useEffect(() => {
    let live = true;
    api('demo.get', { params: { id: state.id } }).then(
      (answer) => {
        if (live) setInfo(answer);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [state.id]);
  if (info?.demo !== true) return null;
  return (
    <DemoActions
      state={state}
      onChange={onChange}
      round={info.drandRound}
      secretFile={info.secretFile}
      secretKept={info.secretKept}
    />
  );
}

function DemoActions({
  state,
  onChange,
  round,
  secretFile,
  secretKept,
}: ProcessSectionProps & {
  round: number;
  secretFile: string | undefined;
  secretKept: boolean;
}) {
  const { t, language } = useI18n();
  const id = useId();
  const form = useFormState();
  // After the secret, focus moves to the next step's button (the secret's own button is gone).
  const beaconButton = useRef<HTMLButtonElement>(null);
  const [focusBeacon, setFocusBeacon] = useState(false);
  useEffect(() => {
    if (!focusBeacon) return;
    beaconButton.current?.focus();
    setFocusBeacon(false);
  }, [focusBeacon, state]);
  // After the recorded round, whose button is gone too, focus moves to the next step's instructions.
  const nextStep = useRef<HTMLParagraphElement>(null);
  const [focusNext, setFocusNext] = useState(false);
  useEffect(() => {
    if (!focusNext) return;
    nextStep.current?.focus();
    setFocusNext(false);
  }, [focusNext, state]);
  const sources = state.commitment?.commitment.sources ?? [];
  const beaconIndex = sources.findIndex((source) => source.beacon !== undefined);
  const secretIndex = sources.findIndex((source) => source.label === 'organiser secret');
  const isOpen =
    state.status === ProcessStatus.Committed || state.status === ProcessStatus.Revealed;
  const roundText = formatNumber(round, language);
  const next = nextStepKey(state, secretIndex, beaconIndex, secretKept);
  // A notice belongs to the stage it was given at: once the process moves on, the next step replaces it.
  const [noticeStage, setNoticeStage] = useState<ProcessStage | undefined>();
  const notify = (notice: Parameters<typeof form.setNotice>[0], at: ProcessState = state) => {
    form.setNotice(notice);
    setNoticeStage(processStage(at));
  };
  const seats = state.seats.filter(
    (seat) => seat.status === SeatStatus.Invited || seat.status === SeatStatus.Accepted,
  );

  async function revealRecorded() {
    const next = await form.submit(() => api('demo.beacon', { params: { id: state.id } }));
    if (next === undefined) return;
    onChange(next);
    notify({ key: 'demo.console.beaconDone', values: { round: roundText } }, next);
    setFocusNext(true);
  }

  async function revealSecret() {
    const next = await form.submit(() => api('demo.secret', { params: { id: state.id } }));
    if (next === undefined) return;
    onChange(next);
    notify({ key: 'demo.console.secretDone' }, next);
    setFocusBeacon(true);
  }

  async function openSeat(seat: number) {
    // Opened now, within the click, so that no popup blocker stops it; its address follows the answer.
    const tab = window.open('', '_blank');
    if (tab !== null) tab.opener = null;
    const answer = await form.submit(() =>
      api('demo.openSeat', { params: { id: state.id, seat: String(seat) } }),
    );
    if (answer === undefined) {
      tab?.close();
      return;
    }
    const url = new URL(answer.url, window.location.origin).href;
    if (tab === null) notify({ key: 'demo.console.popupBlocked', values: { url } });
    else {
      tab.location.href = url;
      notify({ key: 'demo.console.opened', values: { seat } });
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="ceremony-section demo-section">
      <h2 id={`${id}-heading`}>{t('demo.console.heading')}</h2>
      <p>{t('demo.console.intro', { round: roundText })}</p>
      <ErrorSummary errors={form.errors} />
      <StatusMessage notice={noticeStage === processStage(state) ? form.notice : undefined} />
      <p ref={nextStep} tabIndex={-1} className="demo-next" data-testid="demo-next">
        <strong>{t(next)}</strong>
      </p>
      {isOpen &&
        secretIndex >= 0 &&
        state.revealed[secretIndex] !== true &&
        secretFile !== undefined && (
          <>
            <h3>{t('demo.console.secretHeading')}</h3>
            {secretKept && (
              <>
                <p id={`${id}-secret-hint`}>{t('demo.console.secretHint')}</p>
                <button
                  className="fr-btn"
                  type="button"
                  disabled={form.busy}
                  aria-describedby={`${id}-secret-hint`}
                  onClick={() => void revealSecret()}
                >
                  {t('demo.console.secretButton')}
                </button>
              </>
            )}
            <p>{t('demo.console.secretWhere')}</p>
            <p>
              <code data-testid="demo-secret-file">{secretFile}</code>
            </p>
            <p>{t('demo.console.secretHow')}</p>
          </>
        )}
      {isOpen && beaconIndex >= 0 && state.revealed[beaconIndex] !== true && (
        <>
          <h3>{t('demo.console.beaconHeading')}</h3>
          <p id={`${id}-beacon-hint`}>{t('demo.console.beaconHint', { round: roundText })}</p>
          <button
            className="fr-btn"
            ref={beaconButton}
            type="button"
            disabled={form.busy}
            aria-describedby={`${id}-beacon-hint`}
            onClick={() => void revealRecorded()}
          >
            {t('demo.console.beaconButton')}
          </button>
        </>
      )}
      {seats.length > 0 && processStage(state) !== ProcessStage.Published && (
        <>
          <h3>{t('demo.console.seatsHeading')}</h3>
          <p>{t('demo.console.seatsIntro')}</p>
          <ul className="demo-seats">
            {seats.map((seat) => (
              <li key={seat.seat}>
                <button
                  type="button"
                  className="fr-btn fr-btn--secondary"
                  disabled={form.busy}
                  onClick={() => void openSeat(seat.seat)}
                >
                  {t('demo.console.openSeat', { seat: seat.seat })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** What a newcomer does next, from where the demonstration stands. */
function nextStepKey(
  state: ProcessState,
  secretIndex: number,
  beaconIndex: number,
  secretKept: boolean,
) {
  switch (processStage(state)) {
    case ProcessStage.Draft:
    case ProcessStage.Committed:
      if (secretIndex >= 0 && state.revealed[secretIndex] !== true)
        return secretKept ? ('demo.next.secret' as const) : ('demo.next.secretFile' as const);
      if (beaconIndex >= 0 && state.revealed[beaconIndex] !== true)
        return 'demo.next.beacon' as const;
      return 'demo.next.reveal' as const;
    case ProcessStage.Revealed:
      return 'demo.next.draw' as const;
    case ProcessStage.Drawn:
      return 'demo.next.invite' as const;
    case ProcessStage.Invitations:
      return 'demo.next.room' as const;
    case ProcessStage.Deliberation:
      return 'demo.next.score' as const;
    case ProcessStage.Published:
      return 'demo.next.done' as const;
  }
}
