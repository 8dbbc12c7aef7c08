import { useId, useState, type FormEvent } from 'react';
import { api } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import { ErrorCode } from '../../../shared/errors';
import type { ProcessState } from '../../../shared/process/processState';
import { ErrorSummary } from '../ui/ErrorSummary';
import { isFormError, parseInteger } from '../ui/formValues';
import { describeWithCode } from './resultErrors';
import { TextField } from '../ui/TextField';
import { useFormState } from '../session/useFormState';

/** Announces the tie lottery: the server keeps the hash of a fresh organiser secret and a future drand round. */
export function TieLotteryDeclareForm({
  processId,
  onDeclared,
}: {
  processId: string;
  onDeclared: (next: ProcessState, organiserSecret: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const roundId = `${id}-round`;
  const [round, setRound] = useState('');
  const form = useFormState();

  async function submit(event: FormEvent) {
    event.preventDefault();
    let drandRound: number | undefined;
    if (round.trim() !== '') {
      const parsed = parseInteger(
        round,
        { min: 1, max: 999_999_999 },
        t('organiser.results.lottery.round'),
        roundId,
      );
      if (isFormError(parsed)) return form.fail([parsed]);
      drandRound = parsed;
    }
    const answer = await form.submit(
      () =>
        api('results.tieLottery', {
          params: { id: processId },
          body: drandRound === undefined ? {} : { drandRound },
        }),
      // Only a refused round (too early) is about the field; anything else is about the whole step.
      (error) => [
        error.code === ErrorCode.ValidationFailed
          ? describeWithCode(error, roundId)
          : describeWithCode(error),
      ],
    );
    if (answer !== undefined) onDeclared(answer.state, answer.organiserSecret);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary errors={form.errors} />
      <p>{t('organiser.results.lottery.intro')}</p>
      <TextField
        id={roundId}
        label={t('organiser.results.lottery.round')}
        hint={t('organiser.results.lottery.roundHint')}
        error={form.errorFor(roundId)}
        type="text"
        inputMode="numeric"
        className="input-number"
        autoComplete="off"
        value={round}
        onChange={(event) => setRound(event.target.value)}
      />
      <button className="fr-btn" type="submit" disabled={form.busy}>
        {t('organiser.results.lottery.declare')}
      </button>
    </form>
  );
}
