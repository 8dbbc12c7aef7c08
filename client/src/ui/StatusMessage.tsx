import { useI18n } from '../i18n/useI18n';
import type { Notice } from '../session/useFormState';

/** A polite live region that is always present, so that a success message added later is announced. */
export function StatusMessage({ notice }: { notice: Notice | undefined }) {
  const { t } = useI18n();
  return (
    <div role="status" className="status-region">
      {notice !== undefined && <p className="notice">{t(notice.key, notice.values)}</p>}
    </div>
  );
}
