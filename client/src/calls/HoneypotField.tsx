import { HONEYPOT_FIELD } from '../../../shared/calls/applicationForm';
import { useI18n } from '../i18n/useI18n';

/**
 * A field people never see nor reach (off-screen, hidden from assistive technologies, out of the tab
 * order) that form-filling robots tend to fill; the server refuses a submission where it is not empty.
 */
export function HoneypotField({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  const id = `application-${HONEYPOT_FIELD}`;
  return (
    <div className="visually-hidden" aria-hidden="true">
      <label htmlFor={id}>{t('calls.honeypot.label')}</label>
      <input
        id={id}
        name={HONEYPOT_FIELD}
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
