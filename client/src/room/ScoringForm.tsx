import { useEffect, useId, useState, type FormEvent } from 'react';
import type { BallotContent } from '../../../shared/deliberation/ballot';
import { ABSTAIN } from '../../../shared/deliberation/gradingScale';
import type { RoomView } from '../../../shared/deliberation/roomView';
import { useI18n } from '../i18n/useI18n';
import { gradeLabel, scaleGrades } from './gradeLabel';

/** Fresh 16 random bytes from this browser: the server never chooses a juror's nonce. */
function newNonce(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

/** One radio group per criterion (every grade, plus "Je ne me prononce pas"); editable until scoring closes. */
export function ScoringForm({
  view,
  disabled,
  onSubmit,
}: {
  view: RoomView;
  disabled: boolean;
  onSubmit: (ballot: BallotContent) => Promise<string | undefined>;
}) {
  const { t, language } = useI18n();
  const id = useId();
  const current = view.current!;
  const [grades, setGrades] = useState<Record<string, string>>(() => view.myBallot?.grades ?? {});
  const [message, setMessage] = useState<string | undefined>();
  // A new dossier or round starts from the juror's saved ballot, if any.
  useEffect(
    () => setGrades(view.myBallot?.grades ?? {}),
    [current.dossierId, current.round, view.myBallot?.nonce],
  );

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
    if (seal !== undefined) setMessage(t('room.score.saved', { seal: seal.slice(0, 12) }));
  }

  const options = [...scaleGrades(view.scale), ABSTAIN];
  return (
    <form
      onSubmit={(event) => void submit(event)}
      aria-labelledby={`${id}-heading`}
      className="scoring"
    >
      <h2 id={`${id}-heading`}>{t('room.score.heading')}</h2>
      {view.criteria.map((criterion) => (
        <fieldset key={criterion.id} disabled={disabled}>
          <legend>{criterion.label}</legend>
          <div className="grades">
            {options.map((grade) => {
              const inputId = `${id}-${criterion.id}-${grade}`;
              return (
                <span key={grade} className="grade-option">
                  <input
                    type="radio"
                    id={inputId}
                    name={`${id}-${criterion.id}`}
                    value={grade}
                    checked={grades[criterion.id] === grade}
                    onChange={() => setGrades({ ...grades, [criterion.id]: grade })}
                  />
                  <label htmlFor={inputId}>
                    {grade === ABSTAIN
                      ? t('room.score.abstain')
                      : gradeLabel(view.scale, grade, language)}
                  </label>
                </span>
              );
            })}
          </div>
        </fieldset>
      ))}
      <button type="submit" className="primary" disabled={disabled}>
        {t('room.score.submit')}
      </button>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </form>
  );
}
