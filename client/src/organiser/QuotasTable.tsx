import { useI18n } from '../i18n/useI18n';
import type { Quota } from '../../../shared/stratify/quotas';
import { ScrollTable } from '../ui/ScrollTable';

/** The imported quotas, one row per feature. */
export function QuotasTable({ file, quotas }: { file: string; quotas: readonly Quota[] }) {
  const { t } = useI18n();
  return (
    <ScrollTable label={t('stratified.quotas.table', { file })}>
      <table className="quotas-table">
        <caption>{t('stratified.quotas.table', { file })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stratified.quotas.category')}</th>
            <th scope="col">{t('stratified.quotas.feature')}</th>
            <th scope="col">{t('stratified.quotas.min')}</th>
            <th scope="col">{t('stratified.quotas.max')}</th>
          </tr>
        </thead>
        <tbody>
          {quotas.map((quota) => (
            <tr key={`${quota.category}/${quota.feature}`}>
              <td>{quota.category}</td>
              <th scope="row">{quota.feature}</th>
              <td>{quota.min}</td>
              <td>{quota.max}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
