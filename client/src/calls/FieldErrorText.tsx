import { useI18n } from '../i18n/useI18n';
import { messageText, type FieldMessage } from './fieldMessage';

/** A field's own error, placed above its input and tied to it by aria-describedby. */
export function FieldErrorText({ id, message }: { id: string; message: FieldMessage }) {
  const { t } = useI18n();
  return (
    <p className="application-field-error" id={id}>
      <span className="application-field-error-prefix">{t('calls.form.errorPrefix')}</span>{' '}
      {messageText(t, message)}
    </p>
  );
}
