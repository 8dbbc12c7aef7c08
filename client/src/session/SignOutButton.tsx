import { useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { useOrganiserSession } from './organiserSession';

export function SignOutButton() {
  const { t } = useI18n();
  const session = useOrganiserSession();
  const [busy, setBusy] = useState(false);
  if (session === null) return null;
  return (
    <button
      type="button"
      className="button-secondary"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void session.signOut();
      }}
    >
      {t('organiser.signOut')}
    </button>
  );
}
