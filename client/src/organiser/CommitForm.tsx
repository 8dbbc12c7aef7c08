import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { ProcessState } from '../../../shared/process/processState';
import { ChoiceFieldset } from '../ui/ChoiceFieldset';
import { ConfirmBox } from '../ui/ConfirmBox';
import { ErrorSummary } from '../ui/ErrorSummary';
import { useFocusLater } from '../ui/useFocusLater';
import { useFormState } from '../session/useFormState';
import { api } from '../api/api';
import { DRAW_SOURCES } from './sources/sourceFlows';
import { SourceDeclarationFields } from './sources/SourceDeclarationFields';
import { useSourceDeclaration, type SourceDeclaration } from './sources/useSourceDeclaration';

interface CommitBody extends SourceDeclaration {
  stratified?: boolean;
}

type DrawMode = 'uniform' | 'stratified';

export interface CommitProps {
  state: ProcessState;
  onCommitted: (next: ProcessState, organiserSecret: string) => void;
  /** A stratified lottery is computed for this pool: offer it as the kind of draw. */
  stratifiedReady?: boolean;
}

/** Witnesses, drand round, and the button that publishes the commitment (the server makes the secret). */
export function CommitForm({ state, onCommitted, stratifiedReady = false }: CommitProps) {
  const { t } = useI18n();
  const id = useId();
  const modeId = `${id}-mode`;
  const questionId = `${id}-confirm`;
  const submitId = `${id}-submit`;
  const [mode, setMode] = useState<DrawMode>('uniform');
  /** The parsed form waiting for the explicit confirmation of a stratified commitment. */
  const [pending, setPending] = useState<CommitBody | undefined>();
  const declaration = useSourceDeclaration(DRAW_SOURCES);
  const form = useFormState();
  const focusLater = useFocusLater();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = declaration.parse();
    if (Array.isArray(body)) return form.fail(body);
    // Publishing is irreversible (and for a stratified draw, the quotas and the lottery too): ask first.
    setPending(stratifiedReady && mode === 'stratified' ? { ...body, stratified: true } : body);
    focusLater(questionId);
  }

  async function send(body: CommitBody) {
    const answer = await form.submit(() =>
      api('processes.commit', { params: { id: state.id }, body }),
    );
    if (answer !== undefined) onCommitted(answer.state, answer.organiserSecret);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary errors={form.errors} />
      {stratifiedReady && (
        <ChoiceFieldset<DrawMode>
          id={modeId}
          legend={t('stratified.mode.legend')}
          hint={t('stratified.mode.hint')}
          choices={[
            { value: 'uniform', label: t('stratified.mode.uniform') },
            { value: 'stratified', label: t('stratified.mode.stratified') },
          ]}
          value={mode}
          onChange={(value) => {
            setMode(value);
            setPending(undefined);
          }}
        />
      )}
      <SourceDeclarationFields declaration={declaration} errorFor={form.errorFor} />
      <p className="warning fr-alert fr-alert--warning fr-alert--sm">
        <strong>{t('organiser.warningPrefix')}</strong> {t('organiser.commit.final')}
      </p>
      {pending === undefined ? (
        <button className="fr-btn" type="submit" id={submitId} disabled={form.busy}>
          {t('organiser.commit.submit')}
        </button>
      ) : (
        <ConfirmBox
          questionId={questionId}
          question={t(
            pending.stratified === true ? 'stratified.confirm.question' : 'seat.commit.question',
          )}
          consequence={t(
            pending.stratified === true
              ? 'stratified.confirm.consequence'
              : 'seat.commit.consequence',
          )}
          confirmLabel={t(
            pending.stratified === true ? 'stratified.confirm.submit' : 'seat.commit.confirm',
          )}
          cancelLabel={t(
            pending.stratified === true ? 'stratified.confirm.cancel' : 'seat.commit.cancel',
          )}
          busy={form.busy}
          onConfirm={() => {
            const body = pending;
            setPending(undefined);
            void send(body);
          }}
          onCancel={() => {
            setPending(undefined);
            focusLater(stratifiedReady ? modeId : submitId);
          }}
        />
      )}
    </form>
  );
}
