import type { CallSectionProps } from './callSectionProps';
import { useId } from 'react';
import { ScrollTable } from '../ui/ScrollTable';
import { useI18n } from '../i18n/useI18n';
import { AddReviewerForm } from './AddReviewerForm';

/** The call's reviewers (each knows only their private link) and the form to add one. */
export function ReviewersSection({ view, onChange }: CallSectionProps) {
  const { t } = useI18n();
  const headingId = useId();
  const { reviewers } = view;
  return (
    <section aria-labelledby={headingId} className="ceremony-section">
      <h2 id={headingId}>{t('organiser.calls.reviewers.heading')}</h2>
      {reviewers.length === 0 ? (
        <p>{t('organiser.calls.reviewers.none')}</p>
      ) : (
        <ScrollTable
          label={t('organiser.calls.reviewers.caption', { count: reviewers.length })}
          isMultiline
          className="fr-table--bordered fr-mb-3w"
        >
          <table>
            <caption>{t('organiser.calls.reviewers.caption', { count: reviewers.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organiser.calls.reviewers.id')}</th>
                <th scope="col">{t('organiser.calls.reviewers.name')}</th>
                <th scope="col">{t('organiser.calls.reviewers.email')}</th>
              </tr>
            </thead>
            <tbody>
              {reviewers.map((reviewer) => (
                <tr key={reviewer.id}>
                  <th scope="row">{reviewer.id}</th>
                  <td>{reviewer.name}</td>
                  <td>{reviewer.email}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {reviewers.length < 2 && <p>{t('organiser.calls.reviewers.needTwo')}</p>}
      <AddReviewerForm callId={view.call.id} onAdded={onChange} />
    </section>
  );
}
