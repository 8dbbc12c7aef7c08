import { useMemo } from 'react';
import { useI18n } from '../i18n/useI18n';
import { ErrorSummaryRegion } from '../ui/ErrorSummaryRegion';
import { inputIdOf } from './applicationFieldIds';
import { messageText, type FieldMessage } from './fieldMessage';

/** The application form's error summary, each error linked to its field's input. */
export function ApplicationErrorSummary({ errors }: { errors: readonly FieldMessage[] }) {
  const { t } = useI18n();
  const items = useMemo(
    () =>
      errors.map((error) => ({
        key: error.key,
        text: messageText(t, error),
        targetId: error.field === undefined ? undefined : inputIdOf(error.field),
      })),
    [errors, t],
  );
  return (
    <ErrorSummaryRegion
      items={items}
      title={
        errors.length === 1
          ? t('calls.summary.one')
          : t('calls.summary.many', { count: errors.length })
      }
      detailLabel={t('calls.summary.detail')}
      titleAs="h3"
      testId="error-summary"
      classes={{
        region: 'application-error-summary',
        title: 'application-error-summary-title',
        detail: 'application-error-detail',
      }}
    />
  );
}
