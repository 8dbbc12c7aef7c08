import { useId, useState, type FormEvent } from 'react';
import type { GradingScale } from '../../../shared/deliberation/gradingScale';
import { useI18n } from '../i18n/useI18n';

/** The facilitator fixes the scale (and whether a second round is allowed) before anyone scores. */
export function OpenRoomForm({
  onOpen,
}: {
  onOpen: (scale: GradingScale, secondRound: boolean) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [kind, setKind] = useState<'majority-7' | 'numeric'>('majority-7');
  const [secondRound, setSecondRound] = useState(true);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onOpen(kind === 'majority-7' ? { kind } : { kind, min: 0, max: 10 }, secondRound);
  };
  return (
    <form onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('room.open.heading')}</h2>
      <fieldset>
        <legend>{t('room.open.scale')}</legend>
        <div>
          <input
            type="radio"
            id={`${id}-majority`}
            name="scale"
            checked={kind === 'majority-7'}
            onChange={() => setKind('majority-7')}
          />
          <label htmlFor={`${id}-majority`}>{t('room.open.majority')}</label>
        </div>
        <div>
          <input
            type="radio"
            id={`${id}-numeric`}
            name="scale"
            checked={kind === 'numeric'}
            onChange={() => setKind('numeric')}
          />
          <label htmlFor={`${id}-numeric`}>{t('room.open.numeric')}</label>
        </div>
      </fieldset>
      <div className="field">
        <input
          type="checkbox"
          id={`${id}-second`}
          checked={secondRound}
          onChange={(event) => setSecondRound(event.target.checked)}
        />
        <label htmlFor={`${id}-second`}>{t('room.open.secondRound')}</label>
      </div>
      <button type="submit" className="primary">
        {t('room.open.submit')}
      </button>
    </form>
  );
}
