import { Fragment } from 'react';
import type { Opinion } from '../../../shared/calls/callEvents';
import { AXES } from '../../../shared/calls/review';
import { useI18n } from '../i18n/useI18n';
import type { Assessments } from './assessmentDraft';
import { AXIS_KEYS, LEVEL_KEYS } from '../i18n/dossierLabels';
import { OPINION_KEYS } from './reviewLabels';

/** A review as text: the opinion (when there is one), then each axis's level and comment. */
export function ReviewSummary({
  assessments,
  opinion,
}: {
  assessments: Assessments;
  opinion?: Opinion | undefined;
}) {
  const { t } = useI18n();
  return (
    <dl className="facts review-summary">
      {opinion !== undefined && (
        <>
          <dt>{t('review.summary.opinion')}</dt>
          <dd>
            <strong>{t(OPINION_KEYS[opinion])}</strong>
          </dd>
        </>
      )}
      {AXES.map((axis) => (
        <Fragment key={axis}>
          <dt>{t(AXIS_KEYS[axis])}</dt>
          <dd>
            <strong>{t(LEVEL_KEYS[assessments[axis].level])}</strong>
            <span className="comment">{assessments[axis].comment}</span>
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
