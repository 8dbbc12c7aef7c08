import { useEffect, useId, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { ProcessState } from '../../../shared/process/processState';
import { ChoiceFieldset } from '../ui/ChoiceFieldset';
import { ConfirmBox } from '../ui/ConfirmBox';
import { DrandRoundInfo } from './DrandRoundInfo';
import { ErrorSummary } from '../ui/ErrorSummary';
import type { FormError } from '../ui/formErrors';
import { isFormError, parseInteger, parseText } from '../ui/formValues';
import { TextField } from '../ui/TextField';
import { useFocusLater } from '../ui/useFocusLater';
import { useFormState } from '../session/useFormState';
import { WitnessFieldset, witnessFieldIds, type WitnessRow } from './WitnessFieldset';
import { timelockProblem } from './timelockProblem';
import { api } from '../api/api';

const MAX_WITNESSES = 20;
const MAX_DELAY_MINUTES = 30 * 24 * 60;
const SHA256_HEX = /^[0-9a-f]{64}$/;

interface CommitBody {
  witnesses: (
    { label: string; commitment: string; optional: boolean } | { label: string; timelock: string }
  )[];
  drandRound?: number;
  drandDelaySeconds?: number;
  stratified?: boolean;
}

type DrawMode = 'uniform' | 'stratified';

/** Witnesses, drand round, and the button that publishes the commitment (the server makes the secret). */
export function CommitForm({
  state,
  onCommitted,
  stratifiedReady = false,
}: {
  state: ProcessState;
  onCommitted: (next: ProcessState, organiserSecret: string) => void;
  /** A stratified lottery is computed for this pool: offer it as the kind of draw. */
  stratifiedReady?: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const delayId = `${id}-delay`;
  const roundId = `${id}-round`;
  const addId = `${id}-witness-add`;
  const modeId = `${id}-mode`;
  const questionId = `${id}-confirm`;
  const submitId = `${id}-submit`;
  const [mode, setMode] = useState<DrawMode>('uniform');
  /** The parsed form waiting for the explicit confirmation of a stratified commitment. */
  const [pending, setPending] = useState<CommitBody | undefined>();
  const [witnesses, setWitnesses] = useState<WitnessRow[]>([]);
  const [delay, setDelay] = useState('10');
  const [round, setRound] = useState('');
  const form = useFormState();
  const focusLater = useFocusLater();
  // The server's minimum delay before the drand round (KLEROTERION_DRAND_DELAY), said and checked here.
  const [minDelaySeconds, setMinDelaySeconds] = useState<number | undefined>();
  useEffect(() => {
    api('ceremony.limits').then(
      (limits) => setMinDelaySeconds(limits.minDrandDelaySeconds),
      () => undefined,
    );
  }, []);
  const minimum =
    minDelaySeconds === undefined
      ? undefined
      : minDelaySeconds % 60 === 0
        ? t('drand.minutes', { n: minDelaySeconds / 60 })
        : t('drand.seconds', { n: minDelaySeconds });

  const add = () => {
    const row = {
      key: Math.max(0, ...witnesses.map((w) => w.key)) + 1,
      label: '',
      commitment: '',
      optional: false,
      kind: 'secret' as const,
      timelock: '',
    };
    setWitnesses([...witnesses, row]);
    focusLater(witnessFieldIds(id, row).label);
  };

  const remove = (index: number) => {
    const next = witnesses.filter((_, i) => i !== index);
    setWitnesses(next);
    const neighbour = next[index] ?? next[index - 1];
    focusLater(neighbour === undefined ? addId : witnessFieldIds(id, neighbour).label);
  };

  function parse(): CommitBody | FormError[] {
    const errors: FormError[] = [];
    const seen = new Set<string>();
    const parsed = witnesses.map((row, i) => {
      const ids = witnessFieldIds(id, row);
      const label = parseText(row.label, 80, t('organiser.witness.label', { n: i + 1 }), ids.label);
      if (isFormError(label)) errors.push(label);
      else if (label.includes('='))
        errors.push({
          key: 'organiser.witness.labelChars',
          values: { n: i + 1 },
          fieldId: ids.label,
        });
      else if (seen.has(label))
        errors.push({
          key: 'organiser.witness.duplicate',
          values: { n: i + 1 },
          fieldId: ids.label,
        });
      else seen.add(label);
      if (row.kind === 'timelock') {
        const problem = timelockProblem(row.timelock, round);
        if (problem !== undefined)
          errors.push({ key: problem, values: { n: i + 1 }, fieldId: ids.timelock });
        return { label: isFormError(label) ? '' : label, timelock: row.timelock };
      }
      // Hashes are often pasted in capitals or with spaces; the API wants 64 lowercase hex digits.
      const commitment = row.commitment.replace(/\s+/g, '').toLowerCase();
      if (!SHA256_HEX.test(commitment))
        errors.push({
          key: 'organiser.witness.hashFormat',
          values: { n: i + 1 },
          fieldId: ids.commitment,
        });
      return { label: isFormError(label) ? '' : label, commitment, optional: row.optional };
    });
    let timing: Pick<CommitBody, 'drandRound' | 'drandDelaySeconds'> = {};
    if (round.trim() !== '') {
      const value = parseInteger(
        round,
        { min: 1, max: 999_999_999 },
        t('organiser.commit.round'),
        roundId,
      );
      if (isFormError(value)) errors.push(value);
      else timing = { drandRound: value };
    } else {
      const value = parseInteger(
        delay,
        { min: 0, max: MAX_DELAY_MINUTES },
        t('organiser.commit.delay'),
        delayId,
      );
      if (isFormError(value)) errors.push(value);
      else if (minDelaySeconds !== undefined && value * 60 < minDelaySeconds)
        errors.push({
          key: 'drand.delayTooShort',
          values: { minimum: minimum ?? '' },
          fieldId: delayId,
        });
      else timing = { drandDelaySeconds: value * 60 };
    }
    return errors.length > 0 ? errors : { witnesses: parsed, ...timing };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = parse();
    if (Array.isArray(body)) return form.fail(body);
    // Publishing is irreversible (and for a stratified draw, the quotas and the lottery too): ask first.
    setPending(stratifiedReady && mode === 'stratified' ? { ...body, stratified: true } : body);
    focusLater(questionId);
  }

  async function send(body: CommitBody) {
    const answer = await form.submit(() =>
      api('processes.commit', { params: { id: state.id }, body }),
    );
    if (answer !== undefined) onCommitted(answer.state, answer.organiserSecret);
  }

  const typedRound = /^\d{1,9}$/.test(round.trim()) ? Number(round.trim()) : undefined;

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary errors={form.errors} />
      {stratifiedReady && (
        <ChoiceFieldset<DrawMode>
          id={modeId}
          legend={t('stratified.mode.legend')}
          hint={t('stratified.mode.hint')}
          choices={[
            { value: 'uniform', label: t('stratified.mode.uniform') },
            { value: 'stratified', label: t('stratified.mode.stratified') },
          ]}
          value={mode}
          onChange={(value) => {
            setMode(value);
            setPending(undefined);
          }}
        />
      )}
      <h3>{t('organiser.witness.heading')}</h3>
      <p>
        {t('witness.organiser.howto')}{' '}
        <a href="/temoin" target="_blank" rel="noopener noreferrer">
          /temoin
        </a>
      </p>
      <p>
        {t('organiser.witness.howtoBefore')} <code>npm run -s draw -- witness</code>{' '}
        {t('organiser.witness.howtoAfter')}
      </p>
      {witnesses.length === 0 && <p>{t('organiser.witness.none')}</p>}
      {witnesses.map((row, i) => (
        <WitnessFieldset
          key={row.key}
          idPrefix={id}
          row={row}
          n={i + 1}
          onRowChange={(changed) =>
            setWitnesses(witnesses.map((w) => (w.key === changed.key ? changed : w)))
          }
          onRemove={() => remove(i)}
          errorFor={form.errorFor}
        />
      ))}
      {witnesses.length < MAX_WITNESSES && (
        <button type="button" id={addId} className="fr-btn fr-btn--secondary" onClick={add}>
          {t('organiser.witness.add')}
        </button>
      )}
      <h3>{t('organiser.commit.drandHeading')}</h3>
      <p>{t('organiser.commit.drandIntro')}</p>
      <TextField
        id={delayId}
        label={t('organiser.commit.delay')}
        hint={
          minimum === undefined
            ? t('organiser.commit.delayHint')
            : `${t('organiser.commit.delayHint')} ${t('drand.delayMinimum', { minimum })}`
        }
        error={form.errorFor(delayId)}
        type="number"
        min={0}
        max={MAX_DELAY_MINUTES}
        step={1}
        inputMode="numeric"
        className="input-number"
        value={delay}
        onChange={(event) => setDelay(event.target.value)}
      />
      <TextField
        id={roundId}
        label={t('organiser.commit.round')}
        hint={
          <>
            {t('organiser.commit.roundHint')}
            {typedRound !== undefined && typedRound >= 1 && (
              <>
                {' '}
                <DrandRoundInfo round={typedRound} />
              </>
            )}
          </>
        }
        error={form.errorFor(roundId)}
        type="number"
        min={1}
        step={1}
        inputMode="numeric"
        className="input-number"
        value={round}
        onChange={(event) => setRound(event.target.value)}
      />
      <p className="warning fr-alert fr-alert--warning fr-alert--sm">
        <strong>{t('organiser.warningPrefix')}</strong> {t('organiser.commit.final')}
      </p>
      {pending === undefined ? (
        <button className="fr-btn" type="submit" id={submitId} disabled={form.busy}>
          {t('organiser.commit.submit')}
        </button>
      ) : (
        <ConfirmBox
          questionId={questionId}
          question={t(
            pending.stratified === true ? 'stratified.confirm.question' : 'seat.commit.question',
          )}
          consequence={t(
            pending.stratified === true
              ? 'stratified.confirm.consequence'
              : 'seat.commit.consequence',
          )}
          confirmLabel={t(
            pending.stratified === true ? 'stratified.confirm.submit' : 'seat.commit.confirm',
          )}
          cancelLabel={t(
            pending.stratified === true ? 'stratified.confirm.cancel' : 'seat.commit.cancel',
          )}
          busy={form.busy}
          onConfirm={() => {
            const body = pending;
            setPending(undefined);
            void send(body);
          }}
          onCancel={() => {
            setPending(undefined);
            focusLater(stratifiedReady ? modeId : submitId);
          }}
        />
      )}
    </form>
  );
}
