import type { FormEvent } from 'react';
import { api } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import { ErrorCode } from '../../../shared/errors';
import type { ProcessState } from '../../../shared/process/processState';
import { ErrorSummary } from '../ui/ErrorSummary';
import { describeWithCode } from './resultErrors';
import { useFormState } from '../session/useFormState';
import { TIE_SOURCES } from './sources/sourceFlows';
import { SourceDeclarationFields } from './sources/SourceDeclarationFields';
import { useSourceDeclaration } from './sources/useSourceDeclaration';

/** Announces the tie lottery: the server keeps the hash of a fresh organiser secret and a future drand round. */
export function TieLotteryDeclareForm({
  processId,
  onDeclared,
}: {
  processId: string;
  onDeclared: (next: ProcessState, organiserSecret: string) => void;
}) {
  const { t } = useI18n();
  const declaration = useSourceDeclaration(TIE_SOURCES);
  const { roundId } = declaration;
  const form = useFormState();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = declaration.parse();
    if (Array.isArray(parsed)) return form.fail(parsed);
    // The tie lottery's route takes the round alone (TIE_SOURCES declares no witness and no delay).
    const { drandRound } = parsed;
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
      <SourceDeclarationFields declaration={declaration} errorFor={form.errorFor} />
      <button className="fr-btn" type="submit" disabled={form.busy}>
        {t('organiser.results.lottery.declare')}
      </button>
    </form>
  );
}
