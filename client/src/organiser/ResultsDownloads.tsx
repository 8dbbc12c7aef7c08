import { useI18n } from '../i18n/useI18n';
import type { MessageKey } from '../i18n/messages';
import { Link } from '../routing/Link';

/** The organiser's own per-seat export, then the public files, then the public results page. */
export function ResultsDownloads({ processId }: { processId: string }) {
  const { t } = useI18n();
  const id = encodeURIComponent(processId);
  const publicFiles: [MessageKey, string][] = [
    ['organiser.results.downloads.audit', `/api/public/processes/${id}/audit.json`],
    [
      'organiser.results.downloads.resultsExcel',
      `/api/public/processes/${id}/results.csv?variant=excel`,
    ],
    [
      'organiser.results.downloads.resultsStandard',
      `/api/public/processes/${id}/results.csv?variant=standard`,
    ],
    [
      'organiser.results.downloads.gradesExcel',
      `/api/public/processes/${id}/grades.csv?variant=excel`,
    ],
    [
      'organiser.results.downloads.gradesStandard',
      `/api/public/processes/${id}/grades.csv?variant=standard`,
    ],
    ['organiser.results.downloads.resultsJson', `/api/public/processes/${id}/results.json`],
  ];
  return (
    <>
      <h3>{t('organiser.results.downloads')}</h3>
      <h4 className="fr-h6 fr-mb-1w">{t('organiser.results.downloads.private')}</h4>
      <p className="hint">{t('organiser.results.downloads.privateHint')}</p>
      <ul className="fr-raw-list">
        <li>
          <a
            className="fr-link fr-link--download"
            href={`/api/processes/${id}/seat-grades.csv?variant=excel`}
          >
            {t('organiser.results.downloads.seatGradesExcel')}
          </a>
        </li>
        <li>
          <a
            className="fr-link fr-link--download"
            href={`/api/processes/${id}/seat-grades.csv?variant=standard`}
          >
            {t('organiser.results.downloads.seatGradesStandard')}
          </a>
        </li>
      </ul>
      <h4 className="fr-h6 fr-mb-1w">{t('organiser.results.downloads.public')}</h4>
      <ul className="fr-raw-list">
        {publicFiles.map(([key, href]) => (
          <li key={key}>
            <a className="fr-link fr-link--download" href={href}>
              {t(key)}
            </a>
          </li>
        ))}
      </ul>
      <p>
        <Link
          className="fr-link fr-icon-arrow-right-line fr-link--icon-right"
          href={`/p/${id}/results`}
        >
          {t('organiser.results.publicPage')}
        </Link>
      </p>
    </>
  );
}
