import { useI18n } from '../i18n/useI18n';
import type { ProcessSettings } from '../../../shared/process/processEvents';

export function SettingsSummary({ settings }: { settings: ProcessSettings }) {
  const { t } = useI18n();
  return (
    <dl className="facts">
      <dt>{t('organiser.settings.title')}</dt>
      <dd>{settings.title}</dd>
      <dt>{t('organiser.settings.seats')}</dt>
      <dd>{settings.seats}</dd>
      <dt>{t('organiser.settings.alternates')}</dt>
      <dd>{settings.alternates}</dd>
      <dt>{t('organiser.settings.shortlistMax')}</dt>
      <dd>{settings.shortlistMax}</dd>
      <dt>{t('organiser.settings.criteria')}</dt>
      <dd>
        <ol className="criteria-list">
          {settings.criteria.map((criterion) => (
            <li key={criterion.id}>{criterion.label}</li>
          ))}
        </ol>
      </dd>
    </dl>
  );
}
