import { useId, useState, type FormEvent } from 'react';
import { api } from '../api/api';
import { serverErrorText } from '../api/serverErrors';
import { useI18n } from '../i18n/useI18n';
import { ALGORITHMS, type Algorithm } from '../../../shared/stratify/lottery';
import { JobStatus, type StratificationView } from '../../../shared/stratify/stratificationView';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { ErrorSummary } from '../ui/ErrorSummary';
import type { FormError } from '../ui/formErrors';
import { isFormError, parseInteger } from '../ui/formValues';
import { LotteryProgress } from './LotteryProgress';
import { Select } from '../ui/Select';
import { StatusMessage } from '../ui/StatusMessage';
import { TextField } from '../ui/TextField';
import { useFormState, type Notice } from '../session/useFormState';

const MAX_PANELS = 100_000;
const MAX_BUDGET_MINUTES = 360;

/** M, the method and the time budget; then the computation's progress, with a way to cancel it. */
export function LotteryComputeForm({
  processId,
  view,
  onView,
}: {
  processId: string;
  view: StratificationView;
  onView: (view: StratificationView) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const panelsId = `${id}-panels`;
  const algorithmId = `${id}-algorithm`;
  const budgetId = `${id}-budget`;
  const [panels, setPanels] = useState('1000');
  const [algorithm, setAlgorithm] = useState<string>('leximin');
  const [budget, setBudget] = useState('10');
  const householdsId = `${id}-households`;
  const [households, setHouseholds] = useState<string[]>([]);
  const form = useFormState();
  const isRunning = view.job.status === JobStatus.Running;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: FormError[] = [];
    const panelCount = parseInteger(
      panels,
      { min: 1, max: MAX_PANELS },
      t('stratified.compute.panels'),
      panelsId,
    );
    if (isFormError(panelCount)) errors.push(panelCount);
    const minutes = parseInteger(
      budget,
      { min: 1, max: MAX_BUDGET_MINUTES },
      t('stratified.compute.budget'),
      budgetId,
    );
    if (isFormError(minutes)) errors.push(minutes);
    if (!(ALGORITHMS as readonly string[]).includes(algorithm))
      errors.push({
        key: 'organiser.field.required',
        values: { field: t('stratified.compute.algorithm') },
        fieldId: algorithmId,
      });
    if (errors.length > 0 || isFormError(panelCount) || isFormError(minutes))
      return form.fail(errors);
    const next = await form.submit(() =>
      api('stratification.compute', {
        params: { id: processId },
        body: {
          panelCount,
          algorithm: algorithm as Algorithm,
          budgetSeconds: minutes * 60,
          householdColumns: households.filter((column) => view.poolColumns.includes(column)),
        },
      }),
    );
    if (next !== undefined) onView(next);
  }

  async function cancel() {
    const next = await form.submit(() =>
      api('stratification.cancel', { params: { id: processId } }),
    );
    if (next !== undefined) onView(next);
  }

  const outcome: Notice | undefined =
    view.job.status === JobStatus.Done
      ? { key: 'stratified.compute.done' }
      : view.job.status === JobStatus.Cancelled
        ? { key: 'stratified.compute.cancelled' }
        : view.job.status === JobStatus.Failed
          ? { key: 'stratified.compute.failed', values: { code: view.job.error?.code ?? '?' } }
          : undefined;

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary errors={form.errors} />
      <p>{t('stratified.compute.panelSize', { seats: view.seats })}</p>
      <TextField
        id={panelsId}
        label={t('stratified.compute.panels')}
        hint={t('stratified.compute.panelsHint')}
        error={form.errorFor(panelsId)}
        type="number"
        min={1}
        max={MAX_PANELS}
        step={1}
        inputMode="numeric"
        className="input-number"
        value={panels}
        disabled={isRunning}
        onChange={(event) => setPanels(event.target.value)}
      />
      <Select
        id={algorithmId}
        label={t('stratified.compute.algorithm')}
        hint={t('stratified.compute.algorithmHint')}
        error={form.errorFor(algorithmId)}
        placeholder={t('stratified.compute.choose')}
        options={ALGORITHMS.map((value) => ({ value, label: t(`stratified.algorithm.${value}`) }))}
        value={algorithm}
        disabled={isRunning}
        onChange={(event) => setAlgorithm(event.target.value)}
      />
      <TextField
        id={budgetId}
        label={t('stratified.compute.budget')}
        hint={t('stratified.compute.budgetHint')}
        error={form.errorFor(budgetId)}
        type="number"
        min={1}
        max={MAX_BUDGET_MINUTES}
        step={1}
        inputMode="numeric"
        className="input-number"
        value={budget}
        disabled={isRunning}
        onChange={(event) => setBudget(event.target.value)}
      />
      {view.poolColumns.length > 0 && (
        <CheckboxGroup
          id={householdsId}
          legend={t('stratified.compute.households')}
          hint={t('stratified.compute.householdsHint')}
          options={view.poolColumns.map((column) => ({ value: column, label: column }))}
          inputIdOf={(_, i) => `${householdsId}-${i}`}
          value={households}
          onChange={(chosen) => !isRunning && setHouseholds(chosen)}
        />
      )}
      {isRunning && (
        <LotteryProgress
          progress={view.job.progress}
          budgetSeconds={view.job.options?.budgetSeconds}
          algorithm={view.job.options?.algorithm}
        />
      )}
      <StatusMessage notice={isRunning ? undefined : (form.notice ?? outcome)} />
      {view.job.status === JobStatus.Failed && view.job.error !== undefined && (
        <p className="field-error">{serverErrorText(t, view.job.error)}</p>
      )}
      <div className="button-row">
        {isRunning ? (
          <button
            type="button"
            className="fr-btn fr-btn--secondary"
            disabled={form.busy}
            onClick={() => void cancel()}
          >
            {t('stratified.compute.cancel')}
          </button>
        ) : (
          <button className="fr-btn" type="submit" disabled={form.busy}>
            {t('stratified.compute.submit')}
          </button>
        )}
      </div>
    </form>
  );
}
