import { useI18n } from '../i18n/useI18n';
import type { ProcessState } from '../../../shared/process/processState';
import { formatDateTime } from '../ui/formatDateTime';
import { formatNumber } from '../../../shared/format/formatNumber';
import { apiPath } from '../api/api';

type Pool = NonNullable<ProcessState['pool']>;

/** What the import published (size and Merkle root), and the receipts file, which holds personal data. */
export function PoolSummary({ processId, pool }: { processId: string; pool: Pool }) {
  const { t, language } = useI18n();
  return (
    <>
      <dl className="facts">
        <dt>{t('organiser.volunteers.size')}</dt>
        <dd>{formatNumber(pool.size, language)}</dd>
        <dt>{t('organiser.volunteers.root')}</dt>
        <dd>
          <code className="hash">{pool.root}</code>
        </dd>
        <dt>{t('organiser.volunteers.attributes')}</dt>
        <dd>
          {pool.attributeColumns.length === 0
            ? t('organiser.volunteers.noAttributes')
            : pool.attributeColumns.join(', ')}
        </dd>
        <dt>{t('organiser.volunteers.importedAt')}</dt>
        <dd>{formatDateTime(pool.importedAt, language)}</dd>
      </dl>
      <h3>{t('organiser.receipts.heading')}</h3>
      <p>{t('organiser.receipts.intro')}</p>
      <p className="warning fr-alert fr-alert--warning fr-alert--sm">
        <strong>{t('organiser.warningPrefix')}</strong> {t('organiser.receipts.personalData')}
      </p>
      <p>
        <a
          href={apiPath('processes.receipts', { params: { id: processId } })}
          download={`recus-${processId}.json`}
        >
          {t('organiser.receipts.download')}
        </a>
      </p>
    </>
  );
}
