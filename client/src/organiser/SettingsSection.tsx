import type { ProcessSectionProps } from '../session/processSectionProps';
import { useId } from 'react';
import { useI18n } from '../i18n/useI18n';
import { ProcessStatus } from '../../../shared/process/processState';
import { SettingsForm } from './SettingsForm';
import { SettingsSummary } from './SettingsSummary';
import { ServiceDetailsForm } from '../seat/ServiceDetailsForm';

/** The process settings: editable while in draft, frozen by the commitment afterwards. */
export function SettingsSection({ state, onChange }: ProcessSectionProps) {
  const { t } = useI18n();
  const headingId = useId();
  const isDraft = state.status === ProcessStatus.Draft;
  return (
    <section aria-labelledby={headingId} className="ceremony-section">
      <h2 id={headingId}>{t('organiser.settings.heading')}</h2>
      {isDraft ? (
        <SettingsForm state={state} onChange={onChange} />
      ) : (
        <>
          <p>{t('organiser.settings.frozen')}</p>
          <SettingsSummary settings={state.settings} />
        </>
      )}
      <ServiceDetailsForm state={state} onChange={onChange} />
    </section>
  );
}
