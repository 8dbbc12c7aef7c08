import { useId, useState, type FormEvent } from 'react';
import { api } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import { describeSource } from '../../../shared/lottery/describeSource';
import { ErrorCode } from '../../../shared/errors';
import { isQuicknetSignature, normaliseSignature } from '../../../shared/lottery/commitReveal';
import type { ProcessState } from '../../../shared/process/processState';
import { DrandRoundInfo } from './DrandRoundInfo';
import { DrandRoundLink } from './DrandRoundLink';
import { ErrorSummary } from '../ui/ErrorSummary';
import type { FormError } from '../ui/formErrors';
import { describeWithCode } from './resultErrors';
import type { ProcessResults } from './resultsTypes';
import { TextField } from '../ui/TextField';
import { useFormState } from '../session/useFormState';
import { BeaconFetchPanel } from './beacon/BeaconFetchPanel';
import { PasteFallback } from './beacon/PasteFallback';
import { useBeaconFetch } from './beacon/useBeaconFetch';

/** Draws the announced tie lottery from the organiser's secret and the drand round's signature. */
export function TieDrawForm({
  processId,
  lottery,
  onDrawn,
}: {
  processId: string;
  lottery: NonNullable<ProcessResults['lottery']>;
  onDrawn: (next: ProcessState) => void;
}) {
  const { t, language } = useI18n();
  const id = useId();
  const secretId = `${id}-secret`;
  const signatureId = `${id}-signature`;
  const [secret, setSecret] = useState('');
  const [signature, setSignature] = useState('');
  const form = useFormState();
  const sources = lottery.commitment.sources;
  const beaconSource = sources.find((source) => source.beacon !== undefined);
  const round = beaconSource?.beacon?.round;
  const secretHash = sources.find((source) => source.beacon === undefined)?.commitment;
  // The server fetches the round itself; the organiser then gives only the secret.
  const beacons = useBeaconFetch(processId, true, lottery.commitmentHash);
  const fetch =
    beacons.answer?.enabled === true
      ? beacons.answer.beacons.find((beacon) => beacon.kind === 'tie')
      : undefined;
  const fetchedSignature = fetch?.phase === 'fetched' ? fetch.signature : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: FormError[] = [];
    const trimmedSecret = secret.trim();
    const hex = normaliseSignature(signature.trim() === '' ? (fetchedSignature ?? '') : signature);
    if (trimmedSecret === '')
      errors.push({ key: 'organiser.results.draw.secretRequired', fieldId: secretId });
    if (hex === '')
      errors.push({
        key: 'organiser.reveal.signatureRequired',
        values: { label: beaconSource === undefined ? '' : describeSource(beaconSource, language) },
        fieldId: signatureId,
      });
    else if (!isQuicknetSignature(hex))
      errors.push({ key: 'organiser.reveal.signatureFormat', fieldId: signatureId });
    if (errors.length > 0) return form.fail(errors);
    const next = await form.submit(
      () =>
        api('results.tieDraw', {
          params: { id: processId },
          body: { organiserSecret: trimmedSecret, signature: hex },
        }),
      (error) => [
        error.code === ErrorCode.RevealMismatch
          ? describeWithCode(error, secretId)
          : error.code === ErrorCode.BeaconInvalid
            ? describeWithCode(error, signatureId)
            : describeWithCode(error),
      ],
    );
    if (next !== undefined) onDrawn(next);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="reveal-form">
      <ErrorSummary errors={form.errors} />
      {fetch !== undefined && (
        <BeaconFetchPanel
          status={fetch}
          offsetMs={beacons.offsetMs}
          isRetrying={beacons.isRetrying}
          onRetry={() => void beacons.retry()}
        />
      )}
      {fetchedSignature !== undefined && <p>{t('beacon.tieFetched')}</p>}
      {round !== undefined && fetch === undefined && (
        <>
          <p>
            {t('organiser.results.lottery.pending')} <DrandRoundInfo round={round} />
          </p>
          <DrandRoundLink round={round} />
        </>
      )}
      <TextField
        id={secretId}
        required
        label={t('organiser.results.draw.secret')}
        hint={
          <>
            {t('organiser.results.draw.secretHint')} <code className="hash">{secretHash}</code>
          </>
        }
        error={form.errorFor(secretId)}
        type="text"
        className="input-hash"
        spellCheck={false}
        autoComplete="off"
        value={secret}
        onChange={(event) => setSecret(event.target.value)}
      />
      <PasteFallback isCollapsed={fetch !== undefined}>
        <TextField
          id={signatureId}
          required={fetchedSignature === undefined}
          label={t('organiser.results.draw.signature', { round: round ?? '' })}
          hint={t('organiser.reveal.signatureHint')}
          error={form.errorFor(signatureId)}
          type="text"
          className="input-hash"
          spellCheck={false}
          autoComplete="off"
          value={signature}
          onChange={(event) => setSignature(event.target.value)}
        />
      </PasteFallback>
      <button className="fr-btn" type="submit" disabled={form.busy}>
        {t('organiser.results.draw.submit')}
      </button>
    </form>
  );
}
