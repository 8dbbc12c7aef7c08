import { fr } from '@codegouvfr/react-dsfr';
import { useI18n } from '../i18n/useI18n';
import type { Notice } from '../session/useFormState';

/**
 * A form's success message: a polite live region (role="status") always in the page, so that a message
 * added later is announced, showing the message as a small DSFR Alert of type success. It stays a region
 * of its own rather than going through the Announcer because its text is also shown, beside its form.
 */
export function StatusMessage({ notice }: { notice: Notice | undefined }) {
  const { t } = useI18n();
  return (
    <div role="status" className="status-region">
      {notice !== undefined && (
        <div className={fr.cx('fr-alert', 'fr-alert--success', 'fr-alert--sm', 'fr-my-2w')}>
          <p>{t(notice.key, notice.values)}</p>
        </div>
      )}
    </div>
  );
}
