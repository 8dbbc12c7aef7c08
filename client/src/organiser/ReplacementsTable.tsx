import { useI18n } from '../i18n/useI18n';
import type { SeatChange } from '../../../shared/process/processState';
import { formatDateTime } from '../ui/formatDateTime';
import { ScrollTable } from '../ui/ScrollTable';

export function ReplacementsTable({ changes }: { changes: readonly SeatChange[] }) {
  const { t, language } = useI18n();
  return (
    <ScrollTable label={t('organiser.changes.caption', { count: changes.length })}>
      <table>
        <caption>{t('organiser.changes.caption', { count: changes.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('organiser.changes.at')}</th>
            <th scope="col">{t('organiser.changes.seat')}</th>
            <th scope="col">{t('organiser.changes.from')}</th>
            <th scope="col">{t('organiser.changes.reason')}</th>
            <th scope="col">{t('organiser.changes.to')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change, i) => (
            <tr key={`${change.at}-${change.seat}-${i}`}>
              <th scope="row">{formatDateTime(change.at, language)}</th>
              <td>{change.seat}</td>
              <td>
                <code>{change.from}</code>
              </td>
              <td>
                {t(
                  change.reason === 'declined'
                    ? 'organiser.changes.declined'
                    : 'organiser.changes.expired',
                )}
              </td>
              <td>
                {change.to === undefined ? t('organiser.changes.vacant') : <code>{change.to}</code>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
