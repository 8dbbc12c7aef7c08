import { useI18n } from '../../i18n/useI18n';
import type { FormError } from '../../ui/formErrors';
import { TextField } from '../../ui/TextField';
import { DrandRoundInfo } from '../DrandRoundInfo';
import { WitnessFieldset } from './WitnessFieldset';
import {
  MAX_DELAY_MINUTES,
  MAX_WITNESSES,
  type SourceDeclarationState,
} from './useSourceDeclaration';

/**
 * The randomness sources a commitment names, as its flow allows (sourceFlows.ts): the witnesses (a hashed
 * secret or a timelocked contribution each), then the future drand round, by a delay or by its number.
 * The draw's commitment form and the tie lottery's announcement both render it.
 */
export function SourceDeclarationFields({
  declaration,
  errorFor,
}: {
  declaration: SourceDeclarationState;
  errorFor: (fieldId: string) => FormError | undefined;
}) {
  const { t } = useI18n();
  const { flow, witnesses, round } = declaration;
  const typedRound = /^\d{1,9}$/.test(round.trim()) ? Number(round.trim()) : undefined;
  const roundField = (
    <TextField
      id={declaration.roundId}
      label={t(flow.roundLabel)}
      hint={
        <>
          {t(flow.roundHint)}
          {typedRound !== undefined && typedRound >= 1 && (
            <>
              {' '}
              <DrandRoundInfo round={typedRound} />
            </>
          )}
        </>
      }
      error={errorFor(declaration.roundId)}
      type="text"
      inputMode="numeric"
      className="input-number"
      autoComplete="off"
      spellCheck={false}
      value={round}
      onChange={(event) => declaration.setRound(event.target.value)}
    />
  );
  // A round alone needs no heading: the form's own introduction says what it is for.
  if (!flow.allowsWitnesses && !flow.allowsDelay) return roundField;
  return (
    <>
      {flow.allowsWitnesses && (
        <>
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
              idPrefix={declaration.idPrefix}
              row={row}
              n={i + 1}
              onRowChange={(changed) =>
                declaration.setWitnesses(
                  witnesses.map((w) => (w.key === changed.key ? changed : w)),
                )
              }
              onRemove={() => declaration.removeWitness(i)}
              errorFor={errorFor}
              allowsTimelock={flow.allowsTimelock !== false}
            />
          ))}
          {witnesses.length < MAX_WITNESSES && (
            <button
              type="button"
              id={declaration.addId}
              className="fr-btn fr-btn--secondary"
              onClick={declaration.addWitness}
            >
              {t('organiser.witness.add')}
            </button>
          )}
        </>
      )}
      <h3>{t('organiser.commit.drandHeading')}</h3>
      <p>{t('organiser.commit.drandIntro')}</p>
      {flow.allowsDelay && (
        <TextField
          id={declaration.delayId}
          label={t('organiser.commit.delay')}
          hint={
            declaration.minimum === undefined
              ? t('organiser.commit.delayHint')
              : `${t('organiser.commit.delayHint')} ${t('drand.delayMinimum', { minimum: declaration.minimum })}`
          }
          error={errorFor(declaration.delayId)}
          type="number"
          min={0}
          max={MAX_DELAY_MINUTES}
          step={1}
          inputMode="numeric"
          className="input-number"
          value={declaration.delay}
          onChange={(event) => declaration.setDelay(event.target.value)}
        />
      )}
      {roundField}
    </>
  );
}
