import { useEffect, useId, useState, type FormEvent } from 'react';
import type { BallotContent } from '../../../shared/deliberation/ballot';
import { ABSTAIN } from '../../../shared/scoring/gradingScale';
import type { RoomView } from '../../../shared/deliberation/roomView';
import { Button } from '../ui/Button';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useI18n } from '../i18n/useI18n';
import { tPlural } from '../i18n/plural';
import { clearDraft, clearOtherDrafts, loadDraft, saveDraft, type DraftKey } from './ballotDraft';
import { gradeLabel, scaleGrades } from '../ui/gradeLabel';
import { SCORING_FORM_ID } from './roomAnchors';

/** Fresh 16 random bytes from this browser: the server never chooses a juror's nonce. */
function newNonce(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

const sameGrades = (a: Record<string, string>, b: Record<string, string>): boolean =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(([criterion, grade]) => b[criterion] === grade);

/**
 * One group of the design system's rich radios per criterion (every grade's word in a large box, plus "Je ne
 * me prononce pas"); editable until scoring closes.
 * Unsent choices are kept in this browser until the ballot is saved; a saved ballot shows its seal, after
 * a reload too (the view carries it).
 */
export function ScoringForm({
  view,
  disabled,
  onSubmit,
}: {
  view: RoomView;
  disabled: boolean;
  onSubmit: (ballot: BallotContent) => Promise<string | undefined>;
}) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const id = useId();
  const current = view.current!;
  const draftKey: DraftKey | undefined =
    view.role.kind === 'juror'
      ? {
          processId: view.processId,
          seat: view.role.seat,
          dossierId: current.dossierId,
          round: current.round,
        }
      : undefined;
  const draftOf = () => (draftKey === undefined ? undefined : loadDraft(draftKey));
  const [grades, setGrades] = useState<Record<string, string>>(
    () => draftOf() ?? view.myBallot?.grades ?? {},
  );
  const [saved, setSaved] = useState(() =>
    view.myBallot === undefined || view.mySeal === undefined
      ? undefined
      : { grades: view.myBallot.grades, seal: view.mySeal },
  );
  const [restored, setRestored] = useState(() => draftOf() !== undefined);
  const [message, setMessage] = useState<string | undefined>();
  // A new dossier or round starts from this browser's draft, else from the juror's saved ballot, if any.
  useEffect(() => {
    const draft = draftOf();
    if (draftKey !== undefined) clearOtherDrafts(draftKey);
    setGrades(draft ?? view.myBallot?.grades ?? {});
    setSaved(
      view.myBallot === undefined || view.mySeal === undefined
        ? undefined
        : { grades: view.myBallot.grades, seal: view.mySeal },
    );
    setRestored(draft !== undefined);
    setMessage(undefined);
    // draftOf reads the key's parts, listed here.
  }, [view.processId, draftKey?.seat, current.dossierId, current.round, view.myBallot?.nonce]);

  function choose(criterionId: string, grade: string) {
    const next = { ...grades, [criterionId]: grade };
    setGrades(next);
    setMessage(undefined);
    if (draftKey !== undefined) saveDraft(draftKey, next);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (view.criteria.some((criterion) => grades[criterion.id] === undefined)) {
      setMessage(t('room.score.incomplete'));
      return;
    }
    const seal = await onSubmit({
      dossierId: current.dossierId,
      round: current.round,
      grades,
      nonce: newNonce(),
    });
    if (seal === undefined) return;
    if (draftKey !== undefined) clearDraft(draftKey);
    setSaved({ grades, seal });
    setRestored(false);
    setMessage(undefined);
  }

  const isUnsaved = saved !== undefined && !sameGrades(grades, saved.grades);
  const status =
    message ??
    (saved === undefined
      ? restored
        ? t('dossier.score.draftRestored')
        : undefined
      : isUnsaved
        ? t('dossier.score.unsaved')
        : t('room.score.saved', { seal: saved.seal.slice(0, 12) }));
  const options = [...scaleGrades(view.scale), ABSTAIN];
  const graded = view.criteria.filter((criterion) => grades[criterion.id] !== undefined).length;
  const total = view.criteria.length;
  return (
    <form
      id={SCORING_FORM_ID}
      tabIndex={-1}
      onSubmit={(event) => void submit(event)}
      aria-labelledby={`${id}-heading`}
      className="scoring"
    >
      <h2 id={`${id}-heading`}>{t('room.score.heading')}</h2>
      {view.criteria.map((criterion) => {
        // After a refused incomplete submit, each criterion still without a grade says so itself.
        const isMissing = message !== undefined && grades[criterion.id] === undefined;
        return (
          <RadioButtons
            key={criterion.id}
            id={`${id}-${criterion.id}`}
            className="scoring-criterion"
            legend={<span className="scoring-legend">{criterion.label}</span>}
            name={`${id}-${criterion.id}`}
            disabled={disabled}
            classes={{ inputGroup: 'fr-radio-rich' }}
            state={isMissing ? 'error' : 'default'}
            stateRelatedMessage={isMissing ? t('roomPage.missingGrade') : undefined}
            options={options.map((grade) => ({
              label:
                grade === ABSTAIN
                  ? t('room.score.abstain')
                  : gradeLabel(view.scale, grade, language),
              nativeInputProps: {
                value: grade,
                checked: grades[criterion.id] === grade,
                onChange: () => choose(criterion.id, grade),
              },
            }))}
          />
        );
      })}
      {/* Within thumb's reach all along the form on a phone: the count, the button, what became of it. */}
      <div className="scoring-bar">
        <p className="fr-text--sm fr-mb-1w">
          {tPlural(i18n, 'roomPage.scored', graded, { count: graded, total })}
        </p>
        <Button type="submit" disabled={disabled} className="scoring-submit">
          {t('room.score.submit')}
        </Button>
        <p role="status" aria-live="polite" className="fr-text--sm fr-mt-1w fr-mb-0">
          {status}
        </p>
      </div>
    </form>
  );
}
