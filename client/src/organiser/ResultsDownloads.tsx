import { apiPath } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import type { MessageKey } from '../i18n/messages';
import { Link } from '../routing/Link';

/** The organiser's own per-seat export, then the public files, then the public results page. */
export function ResultsDownloads({ processId }: { processId: string }) {
  const { t } = useI18n();
  const params = { id: processId };
  const excel = { params, query: { variant: 'excel' } } as const;
  const standard = { params, query: { variant: 'standard' } } as const;
  const publicFiles: [MessageKey, string][] = [
    ['organiser.results.downloads.audit', apiPath('results.audit', { params })],
    ['organiser.results.downloads.resultsExcel', apiPath('results.csv', excel)],
    ['organiser.results.downloads.resultsStandard', apiPath('results.csv', standard)],
    ['organiser.results.downloads.gradesExcel', apiPath('results.grades', excel)],
    ['organiser.results.downloads.gradesStandard', apiPath('results.grades', standard)],
    ['organiser.results.downloads.resultsJson', apiPath('results.json', { params })],
  ];
  return (
    <>
      <h3>{t('organiser.results.downloads')}</h3>
      <h4 className="fr-h6 fr-mb-1w">{t('organiser.results.downloads.private')}</h4>
      <p className="hint">{t('organiser.results.downloads.privateHint')}</p>
      <ul className="fr-raw-list">
        <li>
          <a className="fr-link fr-link--download" href={apiPath('results.seatGrades', excel)}>
            {t('organiser.results.downloads.seatGradesExcel')}
          </a>
        </li>
        <li>
          <a className="fr-link fr-link--download" href={apiPath('results.seatGrades', standard)}>
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
          href={`/p/${encodeURIComponent(processId)}/results`}
        >
          {t('organiser.results.publicPage')}
        </Link>
      </p>
    </>
  );
}
