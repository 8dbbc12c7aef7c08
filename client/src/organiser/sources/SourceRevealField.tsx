import type { ChangeEvent } from 'react';
import { useI18n } from '../../i18n/useI18n';
import type { Source } from '../../../../shared/lottery/protocol';
import type { FormState } from '../../session/useFormState';
import { FileInput } from '../../ui/FileInput';
import { TextField, type TextFieldProps } from '../../ui/TextField';
import { DrandRoundInfo } from '../DrandRoundInfo';
import { DrandRoundLink } from '../DrandRoundLink';
import { describeSource } from '../../../../shared/lottery/describeSource';
import { roundOf } from './revealedValue';
import { secretFromFile } from './secretFromFile';

/**
 * One committed source being revealed, for the draw and the tie lottery alike: a secret (typed, or read
 * from the file its holder kept) beside the hash it must match; or, for a drand round (a beacon, or a
 * timelocked witness the server opens with it), when the round is produced, where to read its signature,
 * and the signature. The value field's id is `id`; the file's, `${id}-file`.
 */
export function SourceRevealField({
  id,
  source,
  label,
  secretHint,
  value,
  onValueChange,
  form,
  required = true,
  roundLead,
  isRoundShown = true,
}: {
  id: string;
  source: Source;
  label: string;
  /** Before the published hash, for a secret; "the secret whose published SHA-256 hash is" by default. */
  secretHint?: string;
  value: string;
  onValueChange: (value: string) => void;
  form: FormState;
  required?: boolean;
  /** Words before the round's number and time, for a drand round. */
  roundLead?: string;
  /** False while the server fetches the round itself: its panel says when and where instead. */
  isRoundShown?: boolean;
}) {
  const { t, language } = useI18n();
  const fileId = `${id}-file`;
  const round = roundOf(source);
  // The field the value is typed in, a signature or a secret alike: never spell-checked nor completed.
  const valueField = {
    id,
    required,
    label,
    error: form.errorFor(id),
    type: 'text',
    className: 'input-hash',
    spellCheck: false,
    autoComplete: 'off',
    value,
    onChange: (event: ChangeEvent<HTMLInputElement>) => onValueChange(event.target.value),
  } satisfies TextFieldProps;

  async function loadFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file === undefined) return;
    const secret = await secretFromFile(file);
    if (secret === undefined)
      return form.fail([{ key: 'organiser.reveal.badFile', fieldId: fileId }]);
    onValueChange(secret);
    form.fail([]);
    form.setNotice({ key: 'organiser.reveal.fileLoaded' });
  }

  if (round !== undefined)
    return (
      <>
        {isRoundShown && (
          <>
            <p>
              {roundLead !== undefined && <>{roundLead} </>}
              <DrandRoundInfo round={round} />
            </p>
            <DrandRoundLink round={round} />
          </>
        )}
        <TextField {...valueField} hint={t('organiser.reveal.signatureHint')} />
      </>
    );
  return (
    <>
      <TextField
        {...valueField}
        hint={
          <>
            {secretHint ?? t('organiser.reveal.valueHint')}{' '}
            <code className="hash">{source.commitment}</code>
          </>
        }
      />
      <FileInput
        id={fileId}
        label={t('organiser.reveal.fileLabel', { label: describeSource(source, language) })}
        hint={t('organiser.reveal.fileHint')}
        error={form.errorFor(fileId)}
        accept=".json,application/json,.txt,text/plain"
        onChange={(event) => void loadFile(event)}
      />
    </>
  );
}
