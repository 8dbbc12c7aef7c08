import type { CallSectionProps } from './callSectionProps';
import { useId, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { CallApplicationItem, settlementHeadingId } from './CallApplicationItem';
import { StatusMessage } from '../ui/StatusMessage';
import { useFocusLater } from '../ui/useFocusLater';
import type { Notice } from '../session/useFormState';

/** The applications in the order to settle them: disagreements first, then ready, then in review, then settled. */
export function CallApplicationsSection({ view, onChange }: CallSectionProps) {
  const { t } = useI18n();
  const headingId = useId();
  const [notice, setNotice] = useState<Notice | undefined>();
  const focusLater = useFocusLater();
  const { applications } = view;
  const disagreements = applications.filter((a) => a.disagreement && a.settled === null).length;

  return (
    <section aria-labelledby={headingId} className="ceremony-section">
      <h2 id={headingId}>
        {t('organiser.calls.applications.heading', { count: applications.length })}
      </h2>
      <StatusMessage notice={notice} />
      {applications.length === 0 ? (
        <p>{t('organiser.calls.applications.none')}</p>
      ) : (
        <>
          <p className="hint">{t('organiser.calls.applications.order')}</p>
          {disagreements > 0 && (
            <p>
              <strong>
                {t('organiser.calls.applications.disagreements', { count: disagreements })}
              </strong>
            </p>
          )}
          <ol className="call-applications">
            {applications.map((application) => (
              <CallApplicationItem
                key={application.ref}
                view={view}
                application={application}
                onSettled={async (admissible) => {
                  setNotice(undefined);
                  await onChange();
                  setNotice({
                    key: admissible
                      ? 'organiser.calls.settle.doneAdmissible'
                      : 'organiser.calls.settle.doneNotAdmissible',
                    values: { ref: application.ref },
                  });
                  focusLater(settlementHeadingId(application.ref));
                }}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
