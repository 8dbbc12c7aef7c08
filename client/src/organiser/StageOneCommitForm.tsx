import { useId, useState, type FormEvent } from 'react';
import {
  MAX_STAGE_ONE_INVITATIONS,
  type StageOneCeremonyView,
  type StageOneCommitInput,
} from '../../../shared/api/groups/registration.contract';
import { largestRemainder } from '../../../shared/invitations/allocation';
import { api } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import { useFormState } from '../session/useFormState';
import { ChoiceFieldset } from '../ui/ChoiceFieldset';
import { ConfirmBox } from '../ui/ConfirmBox';
import { ErrorSummary } from '../ui/ErrorSummary';
import type { FormError } from '../ui/formErrors';
import { isFormError, parseInteger } from '../ui/formValues';
import { TextField } from '../ui/TextField';
import { useFocusLater } from '../ui/useFocusLater';
import { StageOneAllocation } from './StageOneAllocation';
import { STAGE_ONE_SOURCES } from './sources/sourceFlows';
import { SourceDeclarationFields } from './sources/SourceDeclarationFields';
import { useSourceDeclaration } from './sources/useSourceDeclaration';
import { formatCount } from '../ui/formatPercent';

type Mode = 'proportional' | 'set';
type Body = StageOneCommitInput;

/**
 * Stage one's commitment: k, the allocation over the register's strata (proportional, shown stratum by
 * stratum before committing, or the organiser's numbers), the witnesses and the drand round; published
 * after an explicit confirmation. The server makes the organiser's secret.
 */
export function StageOneCommitForm({
  processId,
  register,
  onCommitted,
}: {
  processId: string;
  register: NonNullable<StageOneCeremonyView['register']>;
  onCommitted: (next: StageOneCeremonyView, organiserSecret: string) => void;
}) {
  const { t, language } = useI18n();
  const id = useId();
  const kId = `${id}-k`;
  const modeId = `${id}-mode`;
  const questionId = `${id}-confirm`;
  const submitId = `${id}-submit`;
  const allocationIdOf = (i: number) => `${id}-stratum-${i}`;
  const [kText, setKText] = useState('');
  const [mode, setMode] = useState<Mode>('proportional');
  const [typed, setTyped] = useState<string[]>(() => register.strata.map(() => ''));
  const [pending, setPending] = useState<Body | undefined>();
  const declaration = useSourceDeclaration(STAGE_ONE_SOURCES);
  const form = useFormState();
  const focusLater = useFocusLater();
  const max = Math.min(MAX_STAGE_ONE_INVITATIONS, register.rows);
  const isStratified = register.strata.length > 0;

  const k = parseInteger(kText, { min: 1, max }, t('stageOneDraw.invitationsField'), kId);
  const kValue = typeof k === 'number' ? k : undefined;
  const proportional =
    kValue === undefined || !isStratified
      ? undefined
      : largestRemainder(
          kValue,
          register.strata.map((s) => ({ name: s.name, poolSize: s.size })),
        );
  const typedNumbers = typed.map((text) =>
    /^\d{1,9}$/.test(text.trim()) ? Number(text) : undefined,
  );

  function parse(): Body | FormError[] {
    const errors: FormError[] = [];
    if (isFormError(k)) errors.push(k);
    let allocation: { name: string; invitations: number }[] | undefined;
    if (isStratified && mode === 'set') {
      allocation = [];
      register.strata.forEach((stratum, i) => {
        const parsed = parseInteger(
          typed[i] ?? '',
          { min: 0, max: Math.min(stratum.size, MAX_STAGE_ONE_INVITATIONS) },
          t('stageOneDraw.stratumFieldName', { name: stratum.name }),
          allocationIdOf(i),
        );
        if (isFormError(parsed)) errors.push(parsed);
        else allocation?.push({ name: stratum.name, invitations: parsed });
      });
      const sum = allocation.reduce((total, a) => total + a.invitations, 0);
      if (errors.length === 0 && kValue !== undefined && sum !== kValue)
        errors.push({
          key: 'stageOneDraw.allocationSum',
          values: { sum: formatCount(sum, language), k: formatCount(kValue, language) },
          fieldId: allocationIdOf(0),
        });
    }
    const sources = declaration.parse();
    if (Array.isArray(sources)) errors.push(...sources);
    if (errors.length > 0 || Array.isArray(sources) || kValue === undefined) return errors;
    return {
      invitations: kValue,
      ...(allocation === undefined ? {} : { allocation }),
      // The flow offers no timelocked contribution: every witness is a hashed secret.
      witnesses: sources.witnesses.flatMap((w) => ('commitment' in w ? [w] : [])),
      ...(sources.drandRound === undefined ? {} : { drandRound: sources.drandRound }),
      ...(sources.drandDelaySeconds === undefined
        ? {}
        : { drandDelaySeconds: sources.drandDelaySeconds }),
    };
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = parse();
    if (Array.isArray(body)) return form.fail(body);
    form.fail([]);
    setPending(body);
    focusLater(questionId);
  }

  async function send(body: Body) {
    const answer = await form.submit(() =>
      api('registration.commit', { params: { id: processId }, body }),
    );
    if (answer !== undefined) onCommitted(answer.ceremony, answer.organiserSecret);
  }

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={form.errors} />
      <TextField
        id={kId}
        required
        label={t('stageOneDraw.invitations')}
        hint={t('stageOneDraw.invitationsHint', { rows: formatCount(register.rows, language) })}
        error={form.errorFor(kId)}
        type="text"
        inputMode="numeric"
        className="input-number"
        autoComplete="off"
        value={kText}
        onChange={(event) => {
          setKText(event.target.value);
          setPending(undefined);
        }}
      />
      {isStratified ? (
        <>
          <ChoiceFieldset<Mode>
            id={modeId}
            legend={t('stageOneDraw.allocation')}
            hint={t('stageOneDraw.allocationHint')}
            choices={[
              { value: 'proportional', label: t('stageOneDraw.proportional') },
              { value: 'set', label: t('stageOneDraw.set') },
            ]}
            value={mode}
            onChange={(value) => {
              setMode(value);
              setPending(undefined);
            }}
          />
          {mode === 'proportional' && proportional === undefined ? (
            <p>{t('stageOneDraw.previewNeedK')}</p>
          ) : (
            <StageOneAllocation
              rows={register.strata.map((s, i) => ({
                name: s.name,
                size: s.size,
                invitations: mode === 'set' ? typedNumbers[i] : proportional?.[i],
              }))}
              k={kValue}
              {...(mode === 'set'
                ? {
                    typed,
                    onChange: (i: number, text: string) => {
                      setTyped(typed.map((old, j) => (j === i ? text : old)));
                      setPending(undefined);
                    },
                  }
                : {})}
              fieldIdOf={allocationIdOf}
              errorFor={form.errorFor}
            />
          )}
        </>
      ) : (
        <p>{t('stageOneDraw.wholeRegister', { rows: formatCount(register.rows, language) })}</p>
      )}
      <SourceDeclarationFields declaration={declaration} errorFor={form.errorFor} />
      {pending === undefined ? (
        <button className="fr-btn" type="submit" id={submitId} disabled={form.busy}>
          {t('stageOneDraw.submit')}
        </button>
      ) : (
        <ConfirmBox
          questionId={questionId}
          question={t('stageOneDraw.confirmQuestion')}
          consequence={t('stageOneDraw.confirmConsequence')}
          confirmLabel={t('stageOneDraw.confirm')}
          cancelLabel={t('stageOneDraw.cancel')}
          busy={form.busy}
          onConfirm={() => {
            const body = pending;
            setPending(undefined);
            void send(body);
          }}
          onCancel={() => {
            setPending(undefined);
            focusLater(submitId);
          }}
        />
      )}
    </form>
  );
}
