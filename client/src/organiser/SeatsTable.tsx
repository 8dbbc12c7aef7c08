import { useI18n } from '../i18n/useI18n';
import type { Seat } from '../../../shared/process/processState';
import { formatDateTime } from '../ui/formatDateTime';
import { Badge } from '../ui/Badge';
import { SEAT_STATUS_KEYS, SEAT_STATUS_SEVERITY } from '../i18n/statusKeys';
import { ScrollTable } from '../ui/ScrollTable';

export function SeatsTable({ seats }: { seats: readonly Seat[] }) {
  const { t, language } = useI18n();
  return (
    <ScrollTable label={t('organiser.seats.caption', { count: seats.length })}>
      <table>
        <caption>{t('organiser.seats.caption', { count: seats.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('organiser.seats.seat')}</th>
            <th scope="col">{t('organiser.seats.holder')}</th>
            <th scope="col">{t('organiser.seats.status')}</th>
            <th scope="col">{t('organiser.seats.deadline')}</th>
          </tr>
        </thead>
        <tbody>
          {seats.map((seat) => (
            <tr key={seat.seat}>
              <th scope="row">{seat.seat}</th>
              <td>
                {seat.holder === undefined ? (
                  t('organiser.seats.nobody')
                ) : (
                  <code>{seat.holder}</code>
                )}
              </td>
              <td>
                <Badge as="span" small noIcon severity={SEAT_STATUS_SEVERITY[seat.status]}>
                  {t(SEAT_STATUS_KEYS[seat.status])}
                </Badge>
              </td>
              <td>
                {seat.deadline === undefined
                  ? t('organiser.seats.noDeadline')
                  : formatDateTime(seat.deadline, language)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
