import { useEffect, useId, useRef, useState } from 'react';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/useI18n';
import { downloadJson } from './downloadJson';
import { StatusMessage } from '../ui/StatusMessage';
import type { Notice } from '../session/useFormState';

/** File name and shape the reveal form reads back (RevealSourceForm). */
export const secretFileName = (processId: string) => `secret-organisateur-${processId}.json`;
export const SECRET_FILE_LABEL = 'organiser secret';

/**
 * The organiser's secret, shown exactly once after the commitment (or a tie lottery's announcement, which
 * passes its own file name and reason). It takes focus when it appears so that nobody misses it, and offers
 * a download and a copy.
 */
export function OrganiserSecretPanel({
  processId,
  secret,
  onDismiss,
  fileName = secretFileName(processId),
  why = 'organiser.secret.why',
}: {
  processId: string;
  secret: string;
  onDismiss: () => void;
  fileName?: string;
  why?: MessageKey;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState<Notice | undefined>();
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const download = () => {
    downloadJson(fileName, { label: SECRET_FILE_LABEL, value: secret });
    setSaved(true);
    setNotice({ key: 'organiser.secret.downloaded' });
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setSaved(true);
      setNotice({ key: 'organiser.secret.copied' });
    } catch {
      setNotice({ key: 'organiser.secret.copyFailed' });
    }
  };

  return (
    <section aria-labelledby={headingId} className="secret-panel">
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('organiser.secret.heading')}
      </h2>
      <p className="warning fr-alert fr-alert--warning fr-alert--sm">
        <strong>{t('organiser.warningPrefix')}</strong> {t('organiser.secret.once')}
      </p>
      <p>{t(why)}</p>
      <p className="secret-label">{t('organiser.secret.value')}</p>
      <p className="secret-value">
        <code data-testid="organiser-secret">{secret}</code>
      </p>
      <div className="button-row">
        <button
          className="fr-btn fr-btn--icon-left fr-icon-download-line"
          type="button"
          onClick={download}
        >
          {t('organiser.secret.download')}
        </button>
        <button className="fr-btn" type="button" onClick={() => void copy()}>
          {t('organiser.secret.copy')}
        </button>
      </div>
      <StatusMessage notice={notice} />
      <p>
        <button type="button" className="fr-btn fr-btn--secondary" onClick={onDismiss}>
          {t(saved ? 'organiser.secret.dismiss' : 'organiser.secret.dismissUnsaved')}
        </button>
      </p>
    </section>
  );
}
