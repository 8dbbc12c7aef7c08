import type { DeliberationProgress } from '../../../shared/deliberation/confidentiality';
import { useI18n } from '../i18n/useI18n';

/** What the public sees of a confidential deliberation before publication: that it runs, and counts. */
export function WithheldNotice({
  progress,
  head,
}: {
  progress: DeliberationProgress;
  head?: { seq: number; hash: string };
}) {
  const { t, language } = useI18n();
  const number = new Intl.NumberFormat(language);
  return (
    <section aria-labelledby="withheld-heading" className="withheld" data-testid="withheld">
      <h2 id="withheld-heading">{t('confidential.inProgress')}</h2>
      <p>{t('confidential.inProgress.intro')}</p>
      <p data-testid="withheld-counts">
        {t('confidential.counts', {
          examined: number.format(progress.examined),
          dossiers: number.format(progress.dossiers),
          remaining: number.format(progress.remaining),
        })}
      </p>
      {head !== undefined && (
        <>
          <p>
            {t('confidential.head', { seq: number.format(head.seq) })}{' '}
            <code className="hash">{head.hash}</code>
          </p>
          <p>{t('confidential.head.promise')}</p>
        </>
      )}
    </section>
  );
}
