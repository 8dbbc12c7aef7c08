import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/useI18n';
import { describeSource } from '../../../shared/lottery/describeSource';
import { ErrorCode } from '../../../shared/errors';
import type { Source } from '../../../shared/lottery/protocol';
import type { ProcessState } from '../../../shared/process/processState';
import { ErrorSummary } from '../ui/ErrorSummary';
import { isFormError } from '../ui/formValues';
import { StatusMessage } from '../ui/StatusMessage';
import { useFormState } from '../session/useFormState';
import { api } from '../api/api';
import { revealedValue, roundOf } from './sources/revealedValue';
import { SourceRevealField } from './sources/SourceRevealField';

/** What a reveal route takes: the source's position and its value or its round's signature. */
export type RevealBody = { source: number } & ({ value: string } | { signature: string });

/**
 * The form revealing one source: a committed secret's value, or the drand round's signature. The jury
 * draw's by default; stage one's passes its own route (`submitReveal`) and gets its own answer back.
 */
export function RevealSourceForm<Answer = ProcessState>({
  processId,
  index,
  source,
  onRevealed,
  submitReveal,
}: {
  processId: string;
  index: number;
  source: Source;
  onRevealed: (next: Answer) => void;
  submitReveal?: (body: RevealBody) => Promise<Answer>;
}) {
  const { t, language } = useI18n();
  const id = useId();
  const valueId = `${id}-value`;
  const [value, setValue] = useState('');
  const form = useFormState();
  // A timelocked witness is opened with the same round's signature: the server derives its value.
  const round = roundOf(source);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const revealed = revealedValue(source, value, valueId, language);
    if (isFormError(revealed)) return form.fail([revealed]);
    const body: RevealBody = { source: index, ...revealed };
    const next = await form.submit(
      () =>
        submitReveal === undefined
          ? (api('processes.reveal', { params: { id: processId }, body }) as Promise<Answer>)
          : submitReveal(body),
      (error) => {
        if (error.code === ErrorCode.RevealMismatch)
          return [
            {
              key: 'organiser.reveal.mismatch',
              values: { label: describeSource(source, language) },
              fieldId: valueId,
            },
          ];
        if (error.code === ErrorCode.BeaconInvalid)
          return [
            {
              key: 'organiser.reveal.beaconInvalid',
              values: { round: round ?? '' },
              fieldId: valueId,
            },
          ];
        return undefined;
      },
    );
    if (next !== undefined) onRevealed(next);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="reveal-form">
      <ErrorSummary errors={form.errors} />
      <SourceRevealField
        id={valueId}
        source={source}
        label={t(
          round === undefined ? 'organiser.reveal.valueLabel' : 'organiser.reveal.signatureLabel',
          {
            label: describeSource(source, language),
          },
        )}
        value={value}
        onValueChange={setValue}
        form={form}
      />
      <StatusMessage notice={form.notice} />
      <button className="fr-btn" type="submit" disabled={form.busy}>
        {t('organiser.reveal.submit', { label: describeSource(source, language) })}
      </button>
    </form>
  );
}
