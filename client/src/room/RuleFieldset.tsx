import { gradesOf, type GradingScale } from '../../../shared/scoring/gradingScale';
import type { Criterion } from '../../../shared/process/processEvents';
import { METHODS, TIE_RESOLUTIONS } from '../../../shared/scoring/rule';
import { useI18n } from '../i18n/useI18n';
import type { FormError } from '../ui/formErrors';
import { Select } from '../ui/Select';
import { TextField } from '../ui/TextField';
import { gradeLabel } from '../ui/gradeLabel';
import { RadioFieldset } from './RadioFieldset';
import { QUORUM_RANGE, SHARE_RANGE, type RuleDraft, type RuleFieldIds } from './ruleDraft';
import { WeightsFieldset } from './WeightsFieldset';

/** The decision rule the facilitator fixes before anyone scores: every choice labelled and explained. */
export function RuleFieldset({
  idPrefix,
  ids,
  draft,
  scale,
  criteria,
  errorFor,
  onChange,
}: {
  idPrefix: string;
  ids: RuleFieldIds;
  draft: RuleDraft;
  scale: GradingScale;
  criteria: readonly Criterion[] | null;
  errorFor: (fieldId: string) => FormError | undefined;
  onChange: (draft: RuleDraft) => void;
}) {
  const { t, language } = useI18n();
  const change = <K extends keyof RuleDraft>(field: K, value: RuleDraft[K]) =>
    onChange({ ...draft, [field]: value });
  const seatGradesId = `${idPrefix}-seat-grades`;

  return (
    <fieldset className="rule-form">
      <legend>{t('room.rule.legend')}</legend>
      <p className="hint">{t('room.rule.intro')}</p>
      <RadioFieldset
        idPrefix={`${idPrefix}-method`}
        legend={t('room.rule.method')}
        options={METHODS.map((method) => ({
          value: method,
          label: t(`room.rule.method.${method}`),
        }))}
        value={draft.method}
        onChange={(method) => change('method', method)}
      />
      <TextField
        id={ids.quorum}
        label={t('room.rule.quorum')}
        hint={t('room.rule.quorumHint')}
        error={errorFor(ids.quorum)}
        type="number"
        inputMode="numeric"
        className="input-number"
        required
        min={QUORUM_RANGE.min}
        max={QUORUM_RANGE.max}
        value={draft.quorum}
        onChange={(event) => change('quorum', event.target.value)}
      />
      <Select
        id={ids.floor}
        label={t('room.rule.floor')}
        hint={t('room.rule.floorHint')}
        error={errorFor(ids.floor)}
        value={draft.floor}
        onChange={(event) => change('floor', event.target.value)}
        options={gradesOf(scale).map((grade) => ({
          value: grade,
          label: gradeLabel(scale, grade, language),
        }))}
      />
      <RadioFieldset
        idPrefix={`${idPrefix}-tie`}
        legend={t('room.rule.tie')}
        options={TIE_RESOLUTIONS.map((resolution) => ({
          value: resolution,
          label: t(`room.rule.tie.${resolution}`),
        }))}
        value={draft.tieResolution}
        onChange={(resolution) => change('tieResolution', resolution)}
      />
      <WeightsFieldset
        criteria={criteria}
        weights={draft.weights}
        fieldId={ids.weight}
        errorFor={errorFor}
        onChange={(weights) => change('weights', weights)}
      />
      <TextField
        id={ids.share}
        label={t('room.rule.share')}
        hint={t('room.rule.shareHint')}
        error={errorFor(ids.share)}
        type="number"
        inputMode="numeric"
        className="input-number"
        required
        min={SHARE_RANGE.min}
        max={SHARE_RANGE.max}
        value={draft.prescreeningShare}
        onChange={(event) => change('prescreeningShare', event.target.value)}
      />
      <div className="fr-checkbox-group room-checkbox">
        <input
          type="checkbox"
          id={seatGradesId}
          checked={draft.publishSeatGrades}
          onChange={(event) => change('publishSeatGrades', event.target.checked)}
        />
        <label className="fr-label" htmlFor={seatGradesId}>
          {t('room.rule.seatGrades')}
          <span className="fr-hint-text" id={`${seatGradesId}-hint`}>
            {t('room.rule.seatGradesHint')}
          </span>
        </label>
      </div>
    </fieldset>
  );
}
