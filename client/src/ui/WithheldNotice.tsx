import type { DeliberationProgress } from '../../../shared/deliberation/confidentiality';
import { useI18n } from '../i18n/useI18n';

/** What the public sees of a confidential deliberation before publication: that it runs, and counts. */
export function WithheldNotice({
  progress,
  head,
  heading = 'inProgress',
}: {
  progress: DeliberationProgress;
  head?: { seq: number; hash: string };
  /** Where the page already says "Délibération en cours", the section is titled by its content. */
  heading?: 'inProgress' | 'progress';
}) {
  const { t, language } = useI18n();
  const number = new Intl.NumberFormat(language);
  return (
    <section aria-labelledby="withheld-heading" className="withheld" data-testid="withheld">
      <h2 id="withheld-heading">
        {t(heading === 'inProgress' ? 'confidential.inProgress' : 'confidential.progress')}
      </h2>
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
