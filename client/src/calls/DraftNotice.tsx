import { useRef } from 'react';
import { Button } from '../ui/Button';
import { useI18n } from '../i18n/useI18n';
import type { DraftNotice as Notice } from './useApplicationDraft';

/**
 * Says that answers are kept in this browser, politely announces a restored or cleared draft, and offers
 * to clear it (on a shared computer, for instance).
 */
export function DraftNotice({
  notice,
  hasDraft,
  onClear,
}: {
  notice: Notice;
  hasDraft: boolean;
  onClear: () => void;
}) {
  const { t } = useI18n();
  const status = useRef<HTMLParagraphElement>(null);
  const clear = () => {
    onClear();
    // The button goes away with the draft: focus stays nearby, on the confirmation.
    status.current?.focus();
  };
  return (
    <div className="fr-callout fr-icon-save-line draft-notice">
      <p className="fr-callout__text fr-text--sm">{t('calls.draft.saving')}</p>
      <p
        ref={status}
        role="status"
        tabIndex={-1}
        className="fr-text--sm fr-text--bold draft-status"
        data-testid="draft-status"
      >
        {notice === 'restored' && t('calls.draft.restored')}
        {notice === 'cleared' && t('calls.draft.cleared')}
      </p>
      {hasDraft && (
        <Button type="button" priority="secondary" size="small" onClick={clear}>
          {t('calls.draft.clear')}
        </Button>
      )}
    </div>
  );
}
