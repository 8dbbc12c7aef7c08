import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/useI18n';

/**
 * Shown in place of the form once the application is recorded, as a success alert of the design
 * system; takes focus so that it is read at once.
 */
export function SubmissionConfirmation({ reference, email }: { reference: string; email: string }) {
  const { t } = useI18n();
  const panel = useRef<HTMLElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <section
      ref={panel}
      tabIndex={-1}
      className="fr-alert fr-alert--success fr-my-4w application-confirmation"
      aria-labelledby="application-confirmation-title"
      data-testid="application-confirmation"
    >
      <h2 id="application-confirmation-title" className="fr-alert__title">
        {t('calls.done.title')}
      </h2>
      <p className="fr-text--lg fr-text--bold fr-mb-1w">
        {t('calls.done.ref', { ref: reference })}
      </p>
      <p>{t('calls.done.email', { email })}</p>
      <p>{t('calls.done.junk')}</p>
    </section>
  );
}
