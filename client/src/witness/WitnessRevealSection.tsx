import { useId, useState, type FormEvent } from 'react';
import { Button } from '../ui/Button';
import { describeSource } from '../../../shared/lottery/describeSource';
import { WITNESS_LABEL_PREFIX } from '../../../shared/lottery/sourceLabels';
import { useI18n } from '../i18n/useI18n';
import { FileInput } from '../ui/FileInput';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { VerdictRegion } from '../verification/VerdictAlert';
import { commitmentOfSecret, isHash, readSecret } from './witnessSecret';

/** A committed source of the process, as published in its commitment. */
export interface CommittedSource {
  label: string;
  commitment: string;
}

type Outcome =
  | { kind: 'no-secret' }
  | { kind: 'bad-hash' }
  | { kind: 'match'; source: CommittedSource | undefined }
  | { kind: 'no-match'; hash: string };

/**
 * Part 2: the witness checks, locally, that the secret they kept matches the published commitment (a
 * process's committed sources, or a fingerprint they copy), before handing it to the organiser.
 */
export function WitnessRevealSection({ sources }: { sources: CommittedSource[] | undefined }) {
  const { t, language } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [hash, setHash] = useState('');
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  function check(content: string) {
    const secret = readSecret(content);
    if (secret === undefined) return setOutcome({ kind: 'no-secret' });
    const own = commitmentOfSecret(secret);
    if (sources !== undefined) {
      const source = sources.find((s) => s.commitment === own);
      return setOutcome(
        source === undefined ? { kind: 'no-match', hash: own } : { kind: 'match', source },
      );
    }
    if (!isHash(hash)) return setOutcome({ kind: 'bad-hash' });
    setOutcome(
      own === hash.trim() ? { kind: 'match', source: undefined } : { kind: 'no-match', hash: own },
    );
  }
  async function loadFile(file: File | undefined) {
    if (file === undefined) return;
    const content = await file.text();
    setText(content);
    check(content);
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    check(text);
  }

  let message: { ok: boolean; lines: string[] } | undefined;
  switch (outcome?.kind) {
    case 'no-secret':
      message = { ok: false, lines: [t('witness.reveal.noSecret')] };
      break;
    case 'bad-hash':
      message = { ok: false, lines: [t('witness.reveal.badHash')] };
      break;
    case 'no-match':
      message = { ok: false, lines: [t('witness.reveal.noMatch', { hash: outcome.hash })] };
      break;
    case 'match': {
      const source = outcome.source;
      const first =
        source === undefined
          ? t('witness.reveal.matchesHash')
          : source.label.startsWith(WITNESS_LABEL_PREFIX)
            ? t('witness.reveal.matchesWitness', {
                name: source.label.slice(WITNESS_LABEL_PREFIX.length),
              })
            : t('witness.reveal.matchesSource', { name: describeSource(source, language) });
      message = { ok: true, lines: [first, t('witness.reveal.next')] };
    }
  }

  return (
    <section aria-labelledby="witness-reveal" className="witness-part witness-screen">
      <h2 id="witness-reveal">{t('witness.reveal.heading')}</h2>
      <p>{t('witness.reveal.intro')}</p>
      <form onSubmit={submit}>
        <TextAreaField
          id={`${id}-secret`}
          label={t('witness.reveal.secret')}
          rows={3}
          value={text}
          onChange={(event) => setText(event.target.value)}
          spellCheck={false}
          autoComplete="off"
        />
        <FileInput
          label={t('witness.reveal.file')}
          accept=".txt,text/plain"
          onChange={(event) => void loadFile(event.target.files?.[0])}
        />
        {sources === undefined && (
          <TextField
            id={`${id}-hash`}
            label={t('witness.reveal.hash')}
            hint={t('witness.reveal.hashHint')}
            type="text"
            value={hash}
            onChange={(event) => setHash(event.target.value)}
            spellCheck={false}
            autoComplete="off"
            className="witness-hash-input"
          />
        )}
        <Button type="submit" className="fr-mb-3w">
          {t('witness.reveal.submit')}
        </Button>
      </form>
      <VerdictRegion message={message} testId="witness-verdict" />
    </section>
  );
}
