import type { RoomView } from '../../../shared/deliberation/roomView';
import { ScrollTable } from '../ui/ScrollTable';
import { useI18n } from '../i18n/useI18n';

/** The facilitator's list of declared conflicts, with each one's private reason category. */
export function FacilitatorConflicts({ view }: { view: RoomView }) {
  const { t } = useI18n();
  if (view.role.kind !== 'facilitator') return null;
  const rows = Object.entries(view.conflicts).flatMap(([seat, dossiers]) =>
    dossiers.map((dossierId) => ({
      seat,
      dossierId,
      title: view.dossiers.find((dossier) => dossier.id === dossierId)?.title ?? dossierId,
      category: view.conflictCategories?.[seat]?.[dossierId],
    })),
  );
  return (
    <section aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">{t('seat.conflicts.heading')}</h2>
      {rows.length === 0 ? (
        <p>{t('seat.conflicts.none')}</p>
      ) : (
        // The design system's table, its container scrolling sideways on a phone (a named, focusable region).
        <ScrollTable label={t('seat.conflicts.caption')} isMultiline>
          <table>
            <caption>{t('seat.conflicts.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('seat.access.seat')}</th>
                <th scope="col">{t('seat.conflicts.dossier')}</th>
                <th scope="col">{t('seat.conflicts.category')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.seat}-${row.dossierId}`}>
                  <th scope="row">{t('seat.conflicts.seat', { seat: row.seat })}</th>
                  <td>{row.title}</td>
                  <td>
                    {row.category === undefined
                      ? t('seat.conflicts.unstated')
                      : t(`seat.conflict.category.${row.category}`)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}
