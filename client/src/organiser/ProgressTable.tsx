import { useI18n } from '../i18n/useI18n';
import type { CallReviewer, ReviewProgress } from './callView';
import { reviewerLabel } from './reviewerNames';
import { formatNumber } from '../../../shared/format/formatNumber';
import { ScrollTable } from '../ui/ScrollTable';

/** The numbers of the progress chart, per reviewer and in total. */
export function ProgressTable({
  id,
  progress,
  reviewers,
}: {
  id: string;
  progress: ReviewProgress;
  reviewers: readonly CallReviewer[];
}) {
  const { t, language } = useI18n();
  const number = (n: number) => formatNumber(n, language);
  return (
    // Focusable so that a keyboard can scroll it on a narrow screen.
    <ScrollTable label={t('organiser.calls.progress.caption')}>
      <table id={id}>
        <caption>{t('organiser.calls.progress.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('organiser.calls.progress.reviewer')}</th>
            <th scope="col">{t('organiser.calls.progress.assigned')}</th>
            <th scope="col">{t('organiser.calls.progress.reviewed')}</th>
            <th scope="col">{t('organiser.calls.progress.remaining')}</th>
          </tr>
        </thead>
        <tbody>
          {progress.reviewers.map((row) => (
            <tr key={row.reviewer}>
              <th scope="row">{reviewerLabel(reviewers, row.reviewer)}</th>
              <td>{number(row.assigned)}</td>
              <td>{number(row.reviewed)}</td>
              <td>{number(row.remaining)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('organiser.calls.progress.total')}</th>
            <td>{number(progress.total.expected)}</td>
            <td>{number(progress.total.reviewed)}</td>
            <td>{number(progress.total.remaining)}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollTable>
  );
}
