import { useId, useState, type FormEvent } from 'react';
import { api } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import { ErrorCode } from '../../../shared/errors';
import type { ProcessState } from '../../../shared/process/processState';
import { ErrorSummary } from '../ui/ErrorSummary';
import { describeWithCode } from './resultErrors';
import type { ProcessResults } from './resultsTypes';
import { isFormError } from '../ui/formValues';
import { StatusMessage } from '../ui/StatusMessage';
import { useFormState } from '../session/useFormState';
import { BeaconFetchPanel } from './beacon/BeaconFetchPanel';
import { PasteFallback } from './beacon/PasteFallback';
import { useBeaconFetch } from './beacon/useBeaconFetch';
import { revealedValue } from './sources/revealedValue';
import { SourceRevealField } from './sources/SourceRevealField';

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
  const secretSource = sources.find((source) => source.commitment !== undefined);
  // The server fetches the round itself; the organiser then gives only the secret.
  const beacons = useBeaconFetch(processId, true, lottery.commitmentHash);
  const fetch =
    beacons.answer?.enabled === true
      ? beacons.answer.beacons.find((beacon) => beacon.kind === 'tie')
      : undefined;
  const fetchedSignature = fetch?.phase === 'fetched' ? fetch.signature : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (secretSource === undefined || beaconSource === undefined) return;
    const revealedSecret = revealedValue(secretSource, secret, secretId, language);
    // Left empty, the signature is the one the server fetched.
    const typedSignature = signature.trim() === '' ? (fetchedSignature ?? '') : signature;
    const revealedSignature = revealedValue(beaconSource, typedSignature, signatureId, language);
    const errors = [revealedSecret, revealedSignature].filter(isFormError);
    if (errors.length > 0 || !('value' in revealedSecret) || !('signature' in revealedSignature))
      return form.fail(errors);
    const trimmedSecret = revealedSecret.value;
    const hex = revealedSignature.signature;
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
      {secretSource !== undefined && (
        <SourceRevealField
          id={secretId}
          source={secretSource}
          label={t('organiser.results.draw.secret')}
          secretHint={t('organiser.results.draw.secretHint')}
          value={secret}
          onValueChange={setSecret}
          form={form}
        />
      )}
      {beaconSource !== undefined && (
        <PasteFallback isCollapsed={fetch !== undefined}>
          <SourceRevealField
            id={signatureId}
            source={beaconSource}
            label={t('organiser.results.draw.signature', { round: round ?? '' })}
            value={signature}
            onValueChange={setSignature}
            form={form}
            required={fetchedSignature === undefined}
            roundLead={t('organiser.results.lottery.pending')}
            isRoundShown={fetch === undefined}
          />
        </PasteFallback>
      )}
      <StatusMessage notice={form.notice} />
      <button className="fr-btn" type="submit" disabled={form.busy}>
        {t('organiser.results.draw.submit')}
      </button>
    </form>
  );
}
