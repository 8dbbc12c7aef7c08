import { useEffect, useRef, useState } from 'react';
import { Button } from '../ui/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useI18n } from '../i18n/useI18n';
import './seat.css';

/**
 * Asks before a decline, which passes the seat to the next alternate at once: the question, its
 * consequence, an optional reason (private to the organiser), then confirm or go back.
 */
export function DeclineConfirm({
  busy,
  onConfirm,
  onCancel,
}: {
  busy: boolean;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => question.current?.focus(), []);
  return (
    <div className="confirm-box decline-reason" role="group" aria-labelledby="decline-question">
      <p id="decline-question" tabIndex={-1} ref={question}>
        <strong>{t('seat.decline.question')}</strong> {t('seat.decline.consequence')}
      </p>
      <Input
        id="decline-reason"
        label={t('seat.decline.reason')}
        hintText={t('seat.decline.reasonHint')}
        textArea
        nativeTextAreaProps={{
          rows: 3,
          maxLength: 1000,
          value: reason,
          onChange: (event) => setReason(event.target.value),
        }}
      />
      <ul className="fr-btns-group fr-btns-group--inline-sm">
        <li>
          <Button disabled={busy} onClick={() => onConfirm(reason)}>
            {t('seat.decline.confirm')}
          </Button>
        </li>
        <li>
          <Button priority="secondary" disabled={busy} onClick={onCancel}>
            {t('seat.decline.cancel')}
          </Button>
        </li>
      </ul>
    </div>
  );
}
