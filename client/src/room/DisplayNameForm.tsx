import { useId, useState, type FormEvent } from 'react';
import type { RoomView } from '../../../shared/deliberation/roomView';
import { useI18n } from '../i18n/useI18n';

/** A juror chooses how the room names them (seen by the facilitator and fellow jurors only). */
export function DisplayNameForm({
  view,
  onSave,
}: {
  view: RoomView;
  onSave: (name: string) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const id = useId();
  const seat = view.role.kind === 'juror' ? view.role.seat : 0;
  const [name, setName] = useState(view.names[String(seat)] ?? '');
  const [saved, setSaved] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(await onSave(name));
  }
  return (
    <form onSubmit={(event) => void submit(event)} className="actions">
      <label htmlFor={`${id}-name`}>{t('room.name.label')}</label>
      <input
        id={`${id}-name`}
        value={name}
        maxLength={40}
        onChange={(event) => setName(event.target.value)}
        aria-describedby={`${id}-hint`}
        autoComplete="nickname"
      />
      <button type="submit">{t('room.name.save')}</button>
      <p id={`${id}-hint`} className="hint">
        {t('room.name.hint')}
      </p>
      <p role="status">{saved ? t('room.name.saved') : ''}</p>
    </form>
  );
}
