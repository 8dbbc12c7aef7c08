import { useId, useState, type FormEvent } from 'react';
import type { RoomView } from '../../../shared/deliberation/roomView';
import { Button } from '../ui/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
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
    <form onSubmit={(event) => void submit(event)} className="display-name fr-my-4w">
      <Input
        id={`${id}-name`}
        label={t('room.name.label')}
        hintText={t('room.name.hint')}
        className="fr-mb-2w"
        nativeInputProps={{
          value: name,
          maxLength: 40,
          onChange: (event) => setName(event.target.value),
          autoComplete: 'nickname',
        }}
      />
      <Button type="submit" priority="secondary">
        {t('room.name.save')}
      </Button>
      <p role="status" className="fr-mt-1w">
        {saved ? t('room.name.saved') : ''}
      </p>
    </form>
  );
}
