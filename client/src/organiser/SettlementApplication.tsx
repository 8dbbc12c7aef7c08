import { useI18n } from '../i18n/useI18n';
import { ProjectContent } from '../assessment/ProjectContent';
import type { CallApplication } from './callView';

/** The application as the applicant filled it in (project fields, never contact details), read while settling. */
export function SettlementApplication({
  application,
  headingId,
}: {
  application: CallApplication;
  headingId: string;
}) {
  const { t } = useI18n();
  return (
    <section className="settlement-application" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('organiser.calls.settlement.application')}</h3>
      <p className="hint">{t('organiser.calls.settlement.applicationHint')}</p>
      <dl className="facts project-content">
        <dt>{t('organiser.calls.settlement.projectName')}</dt>
        <dd>
          <strong>{application.title}</strong>
        </dd>
      </dl>
      <ProjectContent content={application.content} />
    </section>
  );
}
