import { Alert } from '../ui/Alert';
import { useI18n } from '../i18n/useI18n';
import { formatDateTime } from '../ui/formatDateTime';
import { Link } from '../routing/Link';

/** Once the results are published the room is closed: say so, and lead to the public results. */
export function PublishedNotice({
  processId,
  publishedAt,
}: {
  processId: string;
  publishedAt: string;
}) {
  const { t, language } = useI18n();
  return (
    <Alert
      severity="info"
      small
      className="fr-mb-3w"
      description={
        <>
          {t('room.published', { date: formatDateTime(publishedAt, language) })}{' '}
          <Link href={`/p/${encodeURIComponent(processId)}/results`}>
            {t('room.published.link')}
          </Link>
        </>
      }
    />
  );
}
