import { useState } from 'react';
import { Button } from '../ui/Button';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/useI18n';

/** Copies `text` to the clipboard and says so in a live region (or says to copy by hand). */
export function CopyButton({
  text,
  label,
  done,
}: {
  text: string;
  label: MessageKey;
  done: MessageKey;
}) {
  const { t } = useI18n();
  const [said, setSaid] = useState<MessageKey | undefined>();
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setSaid(done);
    } catch {
      setSaid('witness.create.copyFailed');
    }
  }
  return (
    <>
      <Button
        type="button"
        iconId="fr-icon-clipboard-line"
        iconPosition="left"
        onClick={() => void copy()}
      >
        {t(label)}
      </Button>
      <span role="status" className="witness-said">
        {said === undefined ? '' : t(said)}
      </span>
    </>
  );
}
