import { useId, useState, type FormEvent } from 'react';
import type { GradingScale } from '../../../shared/scoring/gradingScale';
import type { Criterion } from '../../../shared/process/processEvents';
import type { RuleChoices } from '../../../shared/scoring/rule';
import { ApiError } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { ErrorSummary } from '../ui/ErrorSummary';
import { describeApiError, type FormError } from '../ui/formErrors';
import { RadioFieldset } from './RadioFieldset';
import { defaultFloor, defaultRuleDraft, parseRuleDraft, type RuleDraft } from './ruleDraft';
import { RuleFieldset } from './RuleFieldset';

type ScaleKind = GradingScale['kind'];
const scaleOf = (kind: ScaleKind): GradingScale =>
  kind === 'majority-7' ? { kind } : { kind, min: 0, max: 10 };

export type OpenAnswer = { ok: true } | { ok: false; error: { code: string; message: string } };

/**
 * The facilitator fixes the scale, whether a second round is allowed, and the decision rule, before anyone
 * scores. `criteria` is null when the process's criteria could not be loaded (weights then stay at 1).
 */
export function OpenRoomForm({
  criteria,
  seats,
  onOpen,
}: {
  criteria: readonly Criterion[] | null;
  /** The jury's size, when known: the proposed quorum is a majority of it. */
  seats?: number;
  onOpen: (
    scale: GradingScale,
    secondRound: boolean,
    rule: RuleChoices,
    confidential: boolean,
  ) => Promise<OpenAnswer>;
}) {
  const { t } = useI18n();
  const id = useId();
  const ids = {
    quorum: `${id}-quorum`,
    floor: `${id}-floor`,
    share: `${id}-share`,
    weight: (criterionId: string) => `${id}-weight-${criterionId}`,
  };
  const [kind, setKind] = useState<ScaleKind>('majority-7');
  const [secondRound, setSecondRound] = useState(true);
  // Confidential by default: results stay inside the jury until published.
  const [visibility, setVisibility] = useState<'confidential' | 'public'>('confidential');
  const [draft, setDraft] = useState<RuleDraft>(() =>
    defaultRuleDraft(scaleOf('majority-7'), criteria ?? [], seats),
  );
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [busy, setBusy] = useState(false);

  const chooseScale = (next: ScaleKind) => {
    setKind(next);
    // A floor belongs to one scale: switching scales takes the new scale's default floor.
    setDraft((current) => ({ ...current, floor: defaultFloor(scaleOf(next)) }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const scale = scaleOf(kind);
    const choices = parseRuleDraft(draft, scale, criteria ?? [], ids, {
      quorum: t('room.rule.quorum'),
      share: t('room.rule.share'),
      weight: (criterion) => t('room.rule.weight', { criterion: criterion.label }),
    });
    if (Array.isArray(choices)) return setErrors(choices);
    setErrors([]);
    setBusy(true);
    const answer = await onOpen(scale, secondRound, choices, visibility === 'confidential');
    setBusy(false);
    if (!answer.ok)
      setErrors([describeApiError(new ApiError(answer.error.code, answer.error.message, 0))]);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('room.open.heading')}</h2>
      <ErrorSummary errors={errors} />
      <RadioFieldset
        idPrefix={`${id}-scale`}
        legend={t('room.open.scale')}
        options={[
          { value: 'majority-7', label: t('room.open.majority') },
          { value: 'numeric', label: t('room.open.numeric') },
        ]}
        value={kind}
        onChange={chooseScale}
      />
      <div className="fr-checkbox-group fr-mb-3w room-checkbox">
        <input
          type="checkbox"
          id={`${id}-second`}
          checked={secondRound}
          onChange={(event) => setSecondRound(event.target.checked)}
        />
        <label className="fr-label" htmlFor={`${id}-second`}>
          {t('room.open.secondRound')}
        </label>
      </div>
      <RadioFieldset
        idPrefix={`${id}-visibility`}
        legend={t('confidential.open.legend')}
        options={[
          { value: 'confidential', label: t('confidential.open.confidential') },
          { value: 'public', label: t('confidential.open.public') },
        ]}
        value={visibility}
        onChange={setVisibility}
      />
      <RuleFieldset
        idPrefix={id}
        ids={ids}
        draft={draft}
        scale={scaleOf(kind)}
        criteria={criteria}
        errorFor={(fieldId) => errors.find((error) => error.fieldId === fieldId)}
        onChange={setDraft}
      />
      <button type="submit" className="fr-btn" disabled={busy}>
        {t('room.open.submit')}
      </button>
    </form>
  );
}
