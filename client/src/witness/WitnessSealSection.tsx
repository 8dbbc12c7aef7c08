import { useId, useState, type FormEvent } from 'react';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { formatNumber } from '../../../shared/format/formatNumber';
import { quicknetRoundTime } from '../../../shared/lottery/drandQuicknet';
import { useI18n } from '../i18n/useI18n';
import { Button } from '../ui/Button';
import { VerdictAlert } from '../verification/VerdictAlert';
import { CopyButton } from './CopyButton';
import { downloadText, makeWitnessSecret } from './witnessSecret';

type Sealing =
  | { kind: 'working' }
  | { kind: 'done'; round: number; ciphertext: string }
  | { kind: 'failed'; problem: string };

const parseRound = (text: string): number | undefined =>
  /^[1-9][0-9]{0,14}$/.test(text.trim()) ? Number(text.trim()) : undefined;

/**
 * Part 3: a fresh contribution sealed with tlock to the commitment's drand round, in the browser. The
 * tlock code is loaded only when the witness seals (it is large).
 */
export function WitnessSealSection({ initialRound }: { initialRound: number | undefined }) {
  const { t, language } = useI18n();
  const roundId = useId();
  const hintId = useId();
  const ciphertextId = useId();
  const [roundText, setRoundText] = useState(
    initialRound === undefined ? '' : String(initialRound),
  );
  const [sealing, setSealing] = useState<Sealing | undefined>();
  const [problem, setProblem] = useState<string | undefined>();

  const round = parseRound(roundText);
  const roundDate =
    round === undefined ? undefined : formatDateTime(quicknetRoundTime(round) * 1000, language);

  async function seal(event: FormEvent) {
    event.preventDefault();
    setSealing(undefined);
    if (round === undefined) return setProblem(t('witness.seal.badRound'));
    // A round already produced can be decrypted by anyone at once: sealing to it would hide nothing.
    if (quicknetRoundTime(round) * 1000 <= Date.now())
      return setProblem(
        t('witness.seal.pastRound', {
          round: formatNumber(round, language),
          date: roundDate ?? '',
        }),
      );
    setProblem(undefined);
    setSealing({ kind: 'working' });
    try {
      const { sealTimelock } = await import('./sealTimelock');
      setSealing({
        kind: 'done',
        round,
        ciphertext: await sealTimelock(makeWitnessSecret(), round),
      });
    } catch (error) {
      setSealing({ kind: 'failed', problem: (error as Error).message });
    }
  }

  return (
    <section aria-labelledby="witness-seal" className="witness-part witness-screen">
      <h2 id="witness-seal">{t('witness.seal.heading')}</h2>
      <p>{t('witness.seal.intro')}</p>
      <form onSubmit={(event) => void seal(event)} noValidate>
        <div
          className={
            problem === undefined ? 'fr-input-group' : 'fr-input-group fr-input-group--error'
          }
        >
          <label htmlFor={roundId} className="fr-label">
            {t('witness.seal.round')}
          </label>
          <p id={hintId} className="hint fr-hint-text fr-mb-1w">
            {t('witness.seal.roundHint')}
            {round !== undefined && roundDate !== undefined && (
              <>
                {' '}
                {t('witness.seal.roundTime', {
                  round: formatNumber(round, language),
                  date: roundDate,
                })}
              </>
            )}
          </p>
          <input
            id={roundId}
            type="text"
            inputMode="numeric"
            value={roundText}
            aria-describedby={hintId}
            aria-invalid={problem !== undefined}
            onChange={(event) => setRoundText(event.target.value)}
            autoComplete="off"
            className="fr-input witness-round-input"
          />
        </div>
        <Button type="submit" disabled={sealing?.kind === 'working'} className="fr-mb-3w">
          {round === undefined
            ? t('witness.seal.buttonNoRound')
            : t('witness.seal.button', { round: formatNumber(round, language) })}
        </Button>
      </form>
      <div role="status" aria-live="polite">
        {problem !== undefined && (
          <VerdictAlert ok={false} testId="witness-seal-problem" text={problem} />
        )}
        {sealing?.kind === 'working' && <p>{t('witness.seal.working')}</p>}
        {sealing?.kind === 'failed' && (
          <VerdictAlert ok={false} text={t('witness.seal.failed', { problem: sealing.problem })} />
        )}
        {sealing?.kind === 'done' && (
          <VerdictAlert
            ok
            text={t('witness.seal.done', { round: formatNumber(sealing.round, language) })}
          />
        )}
      </div>
      {sealing?.kind === 'done' && (
        <div className="witness-made">
          <div className="fr-input-group">
            <label htmlFor={ciphertextId} className="fr-label">
              {t('witness.seal.ciphertext')}
            </label>
            <textarea
              id={ciphertextId}
              readOnly
              rows={9}
              value={sealing.ciphertext}
              spellCheck={false}
              className="fr-input witness-ciphertext"
              data-testid="witness-ciphertext"
            />
          </div>
          <div className="witness-actions">
            <CopyButton
              text={sealing.ciphertext}
              label="witness.seal.copy"
              done="witness.seal.copied"
            />
            <Button
              type="button"
              priority="secondary"
              iconId="fr-icon-download-line"
              iconPosition="left"
              onClick={() =>
                downloadText(`temoin-scelle-tour-${sealing.round}.age`, sealing.ciphertext)
              }
            >
              {t('witness.seal.download')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
