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
  const base = `/api/public/processes/${encodeURIComponent(processId)}`;
  const files: { href: string; label: string }[] = [
    { href: `${base}/audit.json`, label: t('results.download.bundle') },
    { href: `${base}/results.csv?variant=excel`, label: t('results.download.resultsExcel') },
    { href: `${base}/results.csv?variant=standard`, label: t('results.download.resultsCsv') },
    { href: `${base}/grades.csv?variant=excel`, label: t('results.download.gradesExcel') },
    { href: `${base}/grades.csv?variant=standard`, label: t('results.download.gradesCsv') },
    { href: `${base}/results.json`, label: t('results.download.json') },
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
          <a href={`${base}/proces-verbal.pdf?lang=${language}`} download>
            {t('pv.page.download')}
          </a>
        </li>
      )}
    </ul>
  );
}
