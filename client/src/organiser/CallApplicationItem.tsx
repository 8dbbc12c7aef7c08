import { Alert } from '../ui/Alert';
import { Badge } from '../ui/Badge';
import { useI18n } from '../i18n/useI18n';
import { ReviewSummary } from '../assessment/ReviewSummary';
import type { CallApplication, OrganiserCallView } from './callView';
import { reviewerLabel } from './reviewerNames';
import { SettlementApplication } from './SettlementApplication';
import { SettlementForm } from './SettlementForm';
import { SettlementOutcome } from './SettlementOutcome';

/** The element id of an application's settlement heading, where focus goes once it is settled. */
export const settlementHeadingId = (ref: string) => `settlement-${ref}`;

/** Both reviews are in (two active reviewers, each with a review): the application can be settled. */
export const isFullyReviewed = (application: CallApplication): boolean =>
  application.reviews.length >= 2 && application.reviews.every((r) => r.review !== null);

/**
 * One application, folded: its state in one line; unfolded: the application itself, then both reviews,
 * then the settlement, stacked on a phone and side by side (application | reviews and decision) on a desktop.
 */
export function CallApplicationItem({
  view,
  application,
  onSettled,
}: {
  view: OrganiserCallView;
  application: CallApplication;
  onSettled: (admissible: boolean) => Promise<unknown>;
}) {
  const { t } = useI18n();
  const { ref, title, reviews, conflicts, disagreement, settled } = application;
  const received = reviews.filter((r) => r.review !== null).length;
  const state =
    settled !== null
      ? settled.admissible
        ? t('organiser.calls.item.settledAdmissible')
        : t('organiser.calls.item.settledNotAdmissible')
      : reviews.length === 0
        ? t('organiser.calls.item.unassigned')
        : isFullyReviewed(application)
          ? t('organiser.calls.item.toSettle')
          : t('organiser.calls.item.inReview', { received, expected: reviews.length });
  const isClosed = view.call.status === 'closed';

  return (
    <li className={disagreement ? 'call-application has-disagreement' : 'call-application'}>
      <details className="application-details">
        <summary>
          {t('organiser.calls.item.summary', { ref, title })}
          {disagreement && (
            <>
              {' '}
              <Badge as="span" small severity="warning">
                {t('organiser.calls.item.disagreement')}
              </Badge>
            </>
          )}{' '}
          <span className="application-state">{state}</span>
        </summary>
        <div className="settlement-layout">
          <SettlementApplication application={application} headingId={`application-${ref}`} />
          <div className="settlement-side">
            <h3>{t('organiser.calls.item.reviews')}</h3>
            {disagreement && (
              <Alert
                small
                role={undefined}
                severity="warning"
                className="fr-mb-2w"
                description={t('organiser.calls.item.disagreementHint')}
              />
            )}
            {reviews.length === 0 && <p>{t('organiser.calls.item.noReviewers')}</p>}
            {reviews.map(({ reviewer, review }) => (
              <div key={reviewer} className="review-block">
                <h4>
                  {t('organiser.calls.item.reviewBy', {
                    reviewer: reviewerLabel(view.reviewers, reviewer),
                  })}
                </h4>
                {review === null ? (
                  <p>{t('organiser.calls.item.reviewPending')}</p>
                ) : (
                  <ReviewSummary assessments={review} opinion={review.opinion} />
                )}
              </div>
            ))}
            {conflicts.length > 0 && (
              <p>
                {t('organiser.calls.item.conflicts', {
                  list: conflicts.map((r) => reviewerLabel(view.reviewers, r)).join(', '),
                })}
              </p>
            )}
            <h3 id={settlementHeadingId(ref)} tabIndex={-1}>
              {t('organiser.calls.item.settlement')}
            </h3>
            {settled !== null ? (
              <SettlementOutcome settled={settled} reasonText={application.reasonText} />
            ) : !isClosed ? (
              <p>{t('organiser.calls.item.afterClose')}</p>
            ) : !isFullyReviewed(application) ? (
              <p>{t('organiser.calls.item.needReviews')}</p>
            ) : (
              <SettlementForm
                callId={view.call.id}
                application={application}
                onSettled={onSettled}
              />
            )}
          </div>
        </div>
      </details>
    </li>
  );
}
