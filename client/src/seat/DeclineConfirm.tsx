import { useEffect, useState } from 'react';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useI18n } from '../i18n/useI18n';
import { ConfirmBox } from '../ui/ConfirmBox';
import './seat.css';

const QUESTION_ID = 'decline-question';

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
  useEffect(() => document.getElementById(QUESTION_ID)?.focus(), []);
  return (
    <ConfirmBox
      questionId={QUESTION_ID}
      question={t('seat.decline.question')}
      consequence={t('seat.decline.consequence')}
      confirmLabel={t('seat.decline.confirm')}
      cancelLabel={t('seat.decline.cancel')}
      busy={busy}
      onConfirm={() => onConfirm(reason)}
      onCancel={onCancel}
      details={
        <div className="decline-reason">
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
        </div>
      }
    />
  );
}
