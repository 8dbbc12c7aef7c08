import './seat.css';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useId, useState } from 'react';
import {
  CONFLICT_CATEGORIES,
  type ConflictCategory,
} from '../../../shared/deliberation/conflictCategory';
import type { RoomView } from '../../../shared/deliberation/roomView';
import { useI18n } from '../i18n/useI18n';
import { useAnnounce } from '../ui/Announcer';

type Answer = { ok: true } | { ok: false; error: { message: string } };

/** Whether scoring of a dossier has begun in the room (conflicts are fixed from then on). */
export function scoringHasBegun(view: RoomView, dossierId: string): boolean {
  const current = view.current;
  const inScoringNow =
    current?.dossierId === dossierId &&
    (current.phase === 'scoring' || current.phase === 'reveal' || current.round > 1);
  return (
    inScoringNow ||
    view.revealed.some((result) => result.dossierId === dossierId) ||
    view.scoredDossiers.includes(dossierId)
  );
}

/**
 * A juror's conflict of interest on one dossier: declared with a reason category (private to the
 * facilitator), and withdrawable until scoring of that dossier begins.
 */
export function JurorConflict({
  view,
  dossierId,
  onDeclare,
  onWithdraw,
}: {
  view: RoomView;
  dossierId: string;
  onDeclare: (category: ConflictCategory) => Promise<Answer>;
  onWithdraw: () => Promise<Answer>;
}) {
  const { t } = useI18n();
  const id = useId();
  const [category, setCategory] = useState<ConflictCategory | undefined>();
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const announce = useAnnounce();
  if (view.role.kind !== 'juror') return null;
  const declared = (view.conflicts[String(view.role.seat)] ?? []).includes(dossierId);
  const locked = scoringHasBegun(view, dossierId);

  async function run(action: () => Promise<Answer>, done: string) {
    setBusy(true);
    const answer = await action();
    setBusy(false);
    if (answer.ok) {
      announce(done);
      setCategory(undefined);
    }
  }

  return (
    <div className="juror-conflict">
      {declared ? (
        <>
          <Notice className="fr-mb-2w" title={t('seat.conflict.declared')} />
          {!locked && (
            <>
              <p id={`${id}-withdraw-hint`} className="hint">
                {t('seat.conflict.withdrawHint')}
              </p>
              <p>
                <Button
                  priority="secondary"
                  disabled={busy}
                  nativeButtonProps={{ 'aria-describedby': `${id}-withdraw-hint` }}
                  onClick={() => void run(onWithdraw, t('seat.conflict.withdrawn'))}
                >
                  {t('seat.conflict.withdraw')}
                </Button>
              </p>
            </>
          )}
        </>
      ) : (
        !locked && (
          <details>
            <summary>{t('seat.conflict.legend')}</summary>
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                if (category === undefined) return setMissing(true);
                setMissing(false);
                void run(() => onDeclare(category), t('seat.conflict.declared'));
              }}
            >
              <RadioButtons
                id={`${id}-category`}
                name={`${id}-category`}
                legend={t('seat.conflicts.category')}
                hintText={t('seat.conflict.hint')}
                state={missing ? 'error' : 'default'}
                stateRelatedMessage={missing ? t('seat.conflict.chooseFirst') : undefined}
                options={CONFLICT_CATEGORIES.map((value) => ({
                  label: t(`seat.conflict.category.${value}`),
                  nativeInputProps: {
                    value,
                    checked: category === value,
                    onChange: () => setCategory(value),
                  },
                }))}
              />
              <Button type="submit" disabled={busy}>
                {t('seat.conflict.declare')}
              </Button>
            </form>
          </details>
        )
      )}
    </div>
  );
}
