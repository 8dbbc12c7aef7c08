import { readWitnessSecret } from '../../../shared/lottery/witnessSecretText';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useI18n } from '../i18n/useI18n';
import { describeSource } from '../../../shared/lottery/describeSource';
import { ErrorCode } from '../../../shared/errors';
import { isQuicknetSignature, normaliseSignature } from '../../../shared/lottery/commitReveal';
import type { Source } from '../../../shared/lottery/protocol';
import type { ProcessState } from '../../../shared/process/processState';
import { DrandRoundInfo } from './DrandRoundInfo';
import { DrandRoundLink } from './DrandRoundLink';
import { ErrorSummary } from '../ui/ErrorSummary';
import { StatusMessage } from '../ui/StatusMessage';
import { TextField } from '../ui/TextField';
import { FileInput } from '../ui/FileInput';
import { useFormState } from '../session/useFormState';
import { api } from '../api/api';

/** Reads a secret file: the organiser's download ({label, value}) or a witness's CLI output ({secret}). */
async function secretFromFile(file: File): Promise<string | undefined> {
  const text = await file.text();
  // The text file a witness downloads from /temoin ("Secret : …").
  const witnessSecret = readWitnessSecret(text);
  if (witnessSecret !== undefined) return witnessSecret;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const candidate =
      'value' in parsed ? parsed.value : 'secret' in parsed ? parsed.secret : undefined;
    return typeof candidate === 'string' && candidate.trim() !== '' ? candidate.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** The form revealing one source: a committed secret's value, or the drand round's signature. */
export function RevealSourceForm({
  processId,
  index,
  source,
  onRevealed,
}: {
  processId: string;
  index: number;
  source: Source;
  onRevealed: (next: ProcessState) => void;
}) {
  const { t, language } = useI18n();
  const id = useId();
  const valueId = `${id}-value`;
  const fileId = `${id}-file`;
  const [value, setValue] = useState('');
  const form = useFormState();
  // A timelocked witness is opened with the same round's signature: the server derives its value.
  const beacon = source.beacon ?? source.timelock;

  async function loadFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file === undefined) return;
    const secret = await secretFromFile(file);
    if (secret === undefined)
      return form.fail([{ key: 'organiser.reveal.badFile', fieldId: fileId }]);
    setValue(secret);
    form.fail([]);
    form.setNotice({ key: 'organiser.reveal.fileLoaded' });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = value.trim();
    if (trimmed === '')
      return form.fail([
        {
          key:
            beacon === undefined
              ? 'organiser.reveal.valueRequired'
              : 'organiser.reveal.signatureRequired',
          values: { label: describeSource(source, language) },
          fieldId: valueId,
        },
      ]);
    const signature = normaliseSignature(trimmed);
    if (beacon !== undefined && !isQuicknetSignature(signature))
      return form.fail([{ key: 'organiser.reveal.signatureFormat', fieldId: valueId }]);
    const next = await form.submit(
      () =>
        api('processes.reveal', {
          params: { id: processId },
          body:
            beacon === undefined ? { source: index, value: trimmed } : { source: index, signature },
        }),
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
              values: { round: beacon?.round ?? '' },
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
      {beacon !== undefined ? (
        <>
          <p>
            <DrandRoundInfo round={beacon.round} />
          </p>
          <DrandRoundLink round={beacon.round} />
          <TextField
            id={valueId}
            required
            label={t('organiser.reveal.signatureLabel', {
              label: describeSource(source, language),
            })}
            hint={t('organiser.reveal.signatureHint')}
            error={form.errorFor(valueId)}
            type="text"
            className="input-hash"
            spellCheck={false}
            autoComplete="off"
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
        </>
      ) : (
        <>
          <TextField
            id={valueId}
            required
            label={t('organiser.reveal.valueLabel', { label: describeSource(source, language) })}
            hint={
              <>
                {t('organiser.reveal.valueHint')} <code className="hash">{source.commitment}</code>
              </>
            }
            error={form.errorFor(valueId)}
            type="text"
            className="input-hash"
            spellCheck={false}
            autoComplete="off"
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
          <FileInput
            id={fileId}
            label={t('organiser.reveal.fileLabel', { label: describeSource(source, language) })}
            hint={t('organiser.reveal.fileHint')}
            error={form.errorFor(fileId)}
            accept=".json,application/json"
            onChange={(event) => void loadFile(event)}
          />
        </>
      )}
      <StatusMessage notice={form.notice} />
      <button className="fr-btn" type="submit" disabled={form.busy}>
        {t('organiser.reveal.submit', { label: describeSource(source, language) })}
      </button>
    </form>
  );
}
