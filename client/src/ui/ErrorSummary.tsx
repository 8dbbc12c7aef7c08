import { useMemo } from 'react';
import { useI18n } from '../i18n/useI18n';
import { ErrorSummaryRegion } from './ErrorSummaryRegion';
import type { FormError } from './formErrors';

/** The console forms' error summary: each error translated, linked to its field when it has one. */
export function ErrorSummary({ errors }: { errors: readonly FormError[] }) {
  const { t } = useI18n();
  const items = useMemo(
    () =>
      errors.map((error) => ({
        key: error.key,
        text: t(error.key, error.values),
        targetId: error.fieldId,
        detail: error.code,
      })),
    [errors, t],
  );
  return (
    <ErrorSummaryRegion
      items={items}
      title={
        errors.length === 1
          ? t('organiser.errors.one')
          : t('organiser.errors.many', { count: errors.length })
      }
      detailLabel={t('organiser.errors.detail')}
      classes={{
        region: 'error-summary',
        empty: 'error-summary-empty',
        title: 'error-summary-title',
        detail: 'error-detail',
      }}
    />
  );
}
