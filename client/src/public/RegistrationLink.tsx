import { useEffect, useState } from 'react';
import { api } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';

/**
 * While the process's invitees may register, the public page sends them to /inscription. Registration
 * happens before stage two is committed: only a draft process asks.
 */
export function RegistrationLink({ processId, isDraft }: { processId: string; isDraft: boolean }) {
  const { t } = useI18n();
  const [isOpen, setIsOpen] = useState(false);
  useEffect(() => {
    if (!isDraft) return;
    let current = true;
    api('publicRegistration.status', { params: { id: processId } })
      .then((status) => {
        if (current) setIsOpen(status.isOpen);
      })
      // Without an answer the link stays hidden; the letters carry the address anyway.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [processId, isDraft]);
  if (!isOpen || !isDraft) return null;
  return (
    <p>
      <Link href="/inscription" className="fr-link fr-icon-arrow-right-line fr-link--icon-right">
        {t('public.registration.link')}
      </Link>
    </p>
  );
}
