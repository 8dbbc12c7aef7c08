import { Badge } from '../ui/Badge';
import { useI18n } from '../i18n/useI18n';
import type { CallApplication } from './callView';
import { formatDateTime } from '../ui/formatDateTime';
import { REASON_KEYS } from '../i18n/reasonKeys';

/** A settled application: the decision, its category when refused, and what the applicant reads. */
export function SettlementOutcome({
  settled,
  reasonText,
}: {
  settled: NonNullable<CallApplication['settled']>;
  reasonText: string | null;
}) {
  const { t, language } = useI18n();
  return (
    <dl className="facts">
      <dt>{t('organiser.calls.outcome.decision')}</dt>
      <dd>
        <Badge as="span" severity={settled.admissible ? 'success' : 'error'}>
          {settled.admissible
            ? t('organiser.calls.outcome.admissible')
            : t('organiser.calls.outcome.notAdmissible')}
        </Badge>
      </dd>
      {settled.reason !== null && (
        <>
          <dt>{t('organiser.calls.outcome.reason')}</dt>
          <dd>{t(REASON_KEYS[settled.reason])}</dd>
        </>
      )}
      <dt>{t('organiser.calls.outcome.text')}</dt>
      <dd className="prose">{reasonText ?? t('organiser.calls.outcome.noText')}</dd>
      <dt>{t('organiser.calls.outcome.at')}</dt>
      <dd>{formatDateTime(settled.at, language)}</dd>
    </dl>
  );
}
