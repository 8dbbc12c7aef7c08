import { apiPath } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';

/** The audit bundle, the exports in both spreadsheet variants, and the printable record of proceedings. */
export function Downloads({
  processId,
  isPublished = false,
}: {
  processId: string;
  /** The procès-verbal PDF exists once the results are published. */
  isPublished?: boolean;
}) {
  const { t, language } = useI18n();
  const params = { id: processId };
  const excel = { params, query: { variant: 'excel' } } as const;
  const standard = { params, query: { variant: 'standard' } } as const;
  const files: { href: string; label: string }[] = [
    { href: apiPath('results.audit', { params }), label: t('results.download.bundle') },
    { href: apiPath('results.csv', excel), label: t('results.download.resultsExcel') },
    { href: apiPath('results.csv', standard), label: t('results.download.resultsCsv') },
    { href: apiPath('results.grades', excel), label: t('results.download.gradesExcel') },
    { href: apiPath('results.grades', standard), label: t('results.download.gradesCsv') },
    { href: apiPath('results.json', { params }), label: t('results.download.json') },
  ];
  return (
    <ul className="download-list">
      {files.map((file) => (
        <li key={file.href}>
          <a href={file.href} download>
            {file.label}
          </a>
        </li>
      ))}
      <li>
        <Link href={`/p/${encodeURIComponent(processId)}/proces-verbal`}>
          {t('results.download.pv')}
        </Link>
      </li>
      {isPublished && (
        <li>
          <a href={apiPath('results.procesVerbal', { params, query: { lang: language } })} download>
            {t('pv.page.download')}
          </a>
        </li>
      )}
    </ul>
  );
}
