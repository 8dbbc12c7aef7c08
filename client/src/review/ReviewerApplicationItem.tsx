import { useId, useState } from 'react';
import { Accordion } from '../ui/Accordion';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { useI18n } from '../i18n/useI18n';
import { useFocusLater } from '../ui/useFocusLater';
import { ConflictDeclaration } from './ConflictDeclaration';
import { ProjectContent } from '../assessment/ProjectContent';
import { ReviewForm } from './ReviewForm';
import type { ReviewerApplication } from './reviewerView';
import { ReviewSummary } from '../assessment/ReviewSummary';

/** The element id of an application's heading in the queue, where focus goes after a change. */
export const itemHeadingId = (ref: string) => `application-${ref}`;

/**
 * One application of the queue: the project, then the review form (to do), the saved review with a way to
 * change it (done), or the review frozen by the organiser's settlement.
 */
export function ReviewerApplicationItem({
  token,
  application,
  onSaved,
  onConflict,
}: {
  token: string;
  application: ReviewerApplication;
  onSaved: (ref: string) => void;
  onConflict: (ref: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const editId = `${id}-edit`;
  const formHeadingId = `${id}-form`;
  const [editing, setEditing] = useState(false);
  const focusLater = useFocusLater();
  const { ref, content, review, settled } = application;
  const isPending = review === null && !settled;
  const status = settled
    ? t('callsDsfr.review.settled')
    : review === null
      ? t('callsDsfr.review.pending')
      : t('callsDsfr.review.done');
  const severity = settled ? undefined : review === null ? 'new' : 'success';

  return (
    <article className="queue-item" aria-labelledby={itemHeadingId(ref)}>
      <h3 id={itemHeadingId(ref)} tabIndex={-1}>
        {t('review.item.heading', { ref, title: content.title })}
      </h3>
      <p className="fr-mb-2w">
        <span className="fr-sr-only">{t('callsDsfr.review.status')} </span>
        <Badge as="span" severity={severity}>
          {status}
        </Badge>
        {review !== null && (
          <span className="fr-hint-text fr-mt-1w">
            {t(settled ? 'callsDsfr.review.settledHint' : 'callsDsfr.review.doneHint')}
          </span>
        )}
      </p>
      {/* The dossier is long: open while it is to be reviewed, folded once the review is in. */}
      <Accordion
        titleAs="h4"
        label={t('review.item.readProject')}
        defaultExpanded={isPending}
        className="fr-mb-3w"
      >
        <ProjectContent content={content} />
      </Accordion>
      {isPending && (
        <>
          <ReviewForm
            token={token}
            applicationRef={ref}
            saved={null}
            onSaved={() => onSaved(ref)}
          />
          <ConflictDeclaration
            token={token}
            applicationRef={ref}
            title={content.title}
            onDeclared={() => onConflict(ref)}
          />
        </>
      )}
      {review !== null && (settled || !editing) && (
        <>
          <h4>{t('review.item.yourReview')}</h4>
          <ReviewSummary assessments={review} opinion={review.opinion} />
          {settled ? (
            <p>{t('review.item.frozen')}</p>
          ) : (
            <Button
              type="button"
              id={editId}
              priority="secondary"
              onClick={() => {
                setEditing(true);
                focusLater(formHeadingId);
              }}
            >
              {t('review.item.edit')}
            </Button>
          )}
        </>
      )}
      {review !== null && !settled && editing && (
        <>
          <ReviewForm
            token={token}
            applicationRef={ref}
            saved={review}
            headingId={formHeadingId}
            onSaved={() => {
              setEditing(false);
              onSaved(ref);
            }}
          />
          <Button
            type="button"
            priority="tertiary"
            className="fr-mt-2w"
            onClick={() => {
              setEditing(false);
              focusLater(editId);
            }}
          >
            {t('review.item.cancelEdit')}
          </Button>
        </>
      )}
    </article>
  );
}
