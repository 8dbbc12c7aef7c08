import type { PublicView } from '../../../shared/process/publicView';
import { drawSelection } from '../../../shared/process/drawSelection';
import { useI18n } from '../i18n/useI18n';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { Badge } from '../ui/Badge';
import { Notice } from '../ui/Notice';
import { ScrollTable } from '../ui/ScrollTable';
import { TechnicalDetails } from './TechnicalDetails';

const SEAT_SEVERITY = {
  drawn: 'info',
  invited: 'new',
  accepted: 'success',
  vacant: 'warning',
} as const;

/** Seats, waiting alternates and the replacement history, by pseudonymous id only. */
export function SeatsPanel({ view }: { view: PublicView }) {
  const { t, language } = useI18n();
  const record = view.record;
  if (record === undefined) return null;
  const selection = drawSelection(record);
  return (
    <section aria-labelledby="result-heading">
      <h2 id="result-heading">{t('public.result')}</h2>
      <p>{t('public.result.explain')}</p>
      <dl className="facts">
        <dt>{t('public.result.at')}</dt>
        <dd>{view.drawnAt === undefined ? '—' : formatDateTime(view.drawnAt, language)}</dd>
      </dl>
      <TechnicalDetails>
        <dl className="facts">
          <dt>{t('public.result.seed')}</dt>
          <dd>
            <code className="hash">{record.seed}</code>
          </dd>
        </dl>
        <p className="fr-text--sm">{t('public.result.seed.explain')}</p>
      </TechnicalDetails>
      <ScrollTable
        isBordered
        isMultiline
        size="md"
        label={t('public.table.scroll', { caption: t('public.seats') })}
        className="fr-mb-3w"
      >
        <table>
          <caption>{t('public.seats')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('public.seats.seat')}</th>
              <th scope="col">{t('public.seats.holder')}</th>
              <th scope="col">{t('public.seats.status')}</th>
            </tr>
          </thead>
          <tbody>
            {view.seats.map((seat) => (
              <tr key={seat.seat}>
                <td>{seat.seat}</td>
                <td>{seat.holder === undefined ? '—' : <code>{seat.holder}</code>}</td>
                <td>
                  <Badge as="span" small noIcon severity={SEAT_SEVERITY[seat.status]}>
                    {t(`public.seat.${seat.status}`)}
                  </Badge>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <h3>{t('public.alternates')}</h3>
      {view.waitingAlternates.length === 0 ? (
        <p>{t('public.alternates.none')}</p>
      ) : (
        <ol className="inline-list">
          {view.waitingAlternates.map((rank) => (
            <li key={rank}>
              <code>{selection[rank - 1]?.id}</code>
            </li>
          ))}
        </ol>
      )}
      <h3>{t('public.changes')}</h3>
      {view.changes.length === 0 ? (
        <p>{t('public.changes.none')}</p>
      ) : (
        <ul>
          {view.changes.map((change) => (
            <li key={`${change.seat}-${change.at}`}>
              {t(change.to === undefined ? 'public.change.unfilled' : 'public.change', {
                seat: change.seat,
                from: change.from,
                to: change.to ?? '',
                reason: t(`public.change.${change.reason}`),
                at: formatDateTime(change.at, language),
              })}
            </li>
          ))}
        </ul>
      )}
      {view.redrawAttempts > 0 && (
        <Notice className="fr-mt-2w" title={t('public.redraws', { count: view.redrawAttempts })} />
      )}
    </section>
  );
}
