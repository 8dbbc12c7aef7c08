import { useI18n } from '../i18n/useI18n';
import { messageText, type FormMessage } from './formMessage';

/** A field's own error (DSFR `fr-error-text`), tied to its control by aria-describedby. */
export function FieldErrorText({ id, message }: { id: string; message: FormMessage }) {
  const { t } = useI18n();
  return (
    <p className="fr-error-text" id={id}>
      <span className="fr-sr-only">{t('ui.field.errorPrefix')} </span>
      {messageText(t, message)}
    </p>
  );
}
