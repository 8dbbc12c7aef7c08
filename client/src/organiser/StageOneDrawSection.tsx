import { useCallback, useEffect, useId, useState } from 'react';
import type { StageOneCeremonyView } from '../../../shared/api/groups/registration.contract';
import { api } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import { useFormState } from '../session/useFormState';
import { ConfirmBox } from '../ui/ConfirmBox';
import { ErrorSummary } from '../ui/ErrorSummary';
import { formatDateTime } from '../ui/formatDateTime';
import { ScrollTable } from '../ui/ScrollTable';
import { StatusMessage } from '../ui/StatusMessage';
import { useConfirmStep } from '../ui/useConfirmStep';
import { useFocusLater } from '../ui/useFocusLater';
import { CommitmentSummary } from './CommitmentSummary';
import { OrganiserSecretPanel } from './OrganiserSecretPanel';
import { StageOneAllocation } from './StageOneAllocation';
import { StageOneCommitForm } from './StageOneCommitForm';
import { StageOneRevealList } from './StageOneRevealList';
import { formatCount } from '../ui/formatPercent';

/**
 * Stage one's draw run in the console, as the jury draw runs: the commitment (k, the allocation by
 * stratum, the sources), the organiser's secret shown once, each source revealed, then the draw, whose
 * record the server verifies and keeps as an uploaded one; then the invitations by stratum.
 */
export function StageOneDrawSection({
  processId,
  registerVersion,
  onDrawn,
  onCommitted,
}: {
  processId: string;
  /** Changes when a register is imported (the section above): the view is read again. */
  registerVersion: number;
  /** The draw's record is kept: the registration section reads it again. */
  onDrawn: () => void;
  /** Whether stage one is committed here (an uploaded record is then refused). */
  onCommitted: (isCommitted: boolean) => void;
}) {
  const { t, language } = useI18n();
  const id = useId();
  const headingId = `${id}-heading`;
  const revealHeadingId = `${id}-reveal`;
  const drawnHeadingId = `${id}-drawn`;
  const [view, setView] = useState<StageOneCeremonyView | undefined>();
  const [secret, setSecret] = useState<string | undefined>();
  const form = useFormState();
  const confirm = useConfirmStep();
  const focusLater = useFocusLater();

  const refresh = useCallback(async () => {
    try {
      setView(await api('registration.ceremony', { params: { id: processId } }));
    } catch {
      // Shown again at the next action.
    }
  }, [processId]);
  useEffect(() => void refresh(), [refresh, registerVersion]);
  const isCommitted = view?.commitment != null;
  useEffect(() => onCommitted(isCommitted), [isCommitted, onCommitted]);

  async function draw() {
    const next = await form.submit(() => api('registration.draw', { params: { id: processId } }));
    confirm.close();
    if (next === undefined) return;
    setView(next);
    form.setNotice({
      key: 'stageOneDraw.drawn',
      values: { count: formatCount(next.drawn?.invitations ?? 0, language) },
    });
    focusLater(drawnHeadingId);
    onDrawn();
  }

  const commitment = view?.commitment ?? null;
  let body;
  if (view === undefined) body = null;
  else if (secret !== undefined)
    body = (
      <OrganiserSecretPanel
        processId={processId}
        secret={secret}
        fileName={`secret-etape-1-${processId}.json`}
        why="stageOneDraw.secretWhy"
        onDismiss={() => {
          setSecret(undefined);
          focusLater(revealHeadingId);
        }}
      />
    );
  else if (commitment === null)
    body = view.isLocked ? (
      <p>{t('stageOneDraw.locked')}</p>
    ) : view.register === null ? (
      <p>{t('stageOneDraw.needRegister')}</p>
    ) : (
      <StageOneCommitForm
        processId={processId}
        register={view.register}
        onCommitted={(next, organiserSecret) => {
          setView(next);
          setSecret(organiserSecret);
          form.setNotice({ key: 'stageOneDraw.committed' });
        }}
      />
    );
  else
    body = (
      <>
        <h3>{t('stageOneDraw.committedHeading')}</h3>
        <p>{t('stageOneDraw.publicNote')}</p>
        <CommitmentSummary
          commitment={{
            commitmentHash: commitment.commitmentHash,
            committedAt: commitment.committedAt,
            commitment,
          }}
        />
        {commitment.strata.length > 0 && (
          <StageOneAllocation
            rows={commitment.strata.map((s) => ({
              name: s.name,
              size: s.poolSize,
              invitations: s.invitations,
            }))}
            k={commitment.invitations}
            fieldIdOf={(i) => `${id}-committed-${i}`}
            errorFor={() => undefined}
          />
        )}
        {view.isLocked && <p>{t('stageOneDraw.locked')}</p>}
        {view.drawn === null ? (
          <>
            <h3 id={revealHeadingId} tabIndex={-1}>
              {t('stageOneDraw.revealHeading')}
            </h3>
            <p>{t('stageOneDraw.revealIntro')}</p>
            <StageOneRevealList
              processId={processId}
              commitment={commitment}
              revealed={view.revealed}
              onChange={setView}
            />
            <h3>{t('stageOneDraw.drawHeading')}</h3>
            {view.step !== 'revealed' ? (
              <p>{t('stageOneDraw.needReveals')}</p>
            ) : confirm.isOpen ? (
              <ConfirmBox
                {...confirm.box}
                question={t('organiser.draw.question')}
                consequence={t('stageOneDraw.drawIntro')}
                confirmLabel={t('organiser.draw.confirm')}
                cancelLabel={t('organiser.draw.cancel')}
                busy={form.busy}
                onConfirm={() => void draw()}
              />
            ) : (
              <>
                <p>{t('stageOneDraw.drawIntro')}</p>
                <button
                  className="fr-btn"
                  type="button"
                  id={confirm.triggerId}
                  onClick={confirm.open}
                >
                  {t('stageOneDraw.draw')}
                </button>
              </>
            )}
          </>
        ) : (
          <>
            <h3 id={drawnHeadingId} tabIndex={-1}>
              {t('stageOneDraw.drawnHeading')}
            </h3>
            <p>
              {t('stageOneDraw.drawnSummary', {
                count: formatCount(view.drawn.invitations, language),
                date: formatDateTime(view.drawn.drawnAt, language),
              })}
            </p>
            <ScrollTable label={t('stageOneDraw.drawnCaption')}>
              <table>
                <caption>{t('stageOneDraw.drawnCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('stageOneDraw.stratum')}</th>
                    <th scope="col">{t('stageOneDraw.perStratum')}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.drawn.byStratum.map((s) => (
                    <tr key={s.stratum}>
                      <th scope="row">
                        {s.stratum === '' ? t('registrationConsole.wholeRegister') : s.stratum}
                      </th>
                      <td>{formatCount(s.invited, language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
            <dl className="facts">
              <dt>{t('stageOneDraw.recordHash')}</dt>
              <dd>
                <code className="hash">{view.drawn.recordHash}</code>
              </dd>
            </dl>
          </>
        )}
      </>
    );

  return (
    <section aria-labelledby={headingId} className="ceremony-section">
      <h2 id={headingId}>{t('stageOneDraw.heading')}</h2>
      <p>{t('stageOneDraw.intro')}</p>
      <StatusMessage notice={form.notice} />
      <ErrorSummary errors={form.errors} />
      {body}
    </section>
  );
}
