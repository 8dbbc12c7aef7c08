import type { PublicContent } from '../../../shared/calls/publicContent';
import { CHARTER_ITEMS } from '../../../shared/dossier/dossier';
import { useI18n } from '../i18n/useI18n';
import { CHARTER_KEYS, LEAD_TYPE_KEYS, LEVER_KEYS } from '../i18n/dossierLabels';

/** The project as submitted, public part only: what reviewers read and what the jury will read. */
export function ProjectContent({ content }: { content: PublicContent }) {
  const { t } = useI18n();
  return (
    <dl className="facts project-content">
      <dt>{t('review.content.pitch')}</dt>
      <dd>{content.pitch}</dd>
      <dt>{t('review.content.description')}</dt>
      <dd className="prose">{content.description}</dd>
      <dt>{t('review.content.leadType')}</dt>
      <dd>{t(LEAD_TYPE_KEYS[content.leadType])}</dd>
      <dt>{t('review.content.sector')}</dt>
      <dd>{content.sector}</dd>
      <dt>{t('review.content.territory')}</dt>
      <dd>{content.territory}</dd>
      <dt>{t('review.content.website')}</dt>
      <dd>
        {content.website === undefined ? (
          t('review.content.none')
        ) : (
          <a href={content.website} rel="noopener noreferrer nofollow">
            {content.website}
          </a>
        )}
      </dd>
      <dt>{t('review.content.levers')}</dt>
      <dd>
        <ul className="plain-list">
          {content.levers.map((lever) => (
            <li key={lever}>{t(LEVER_KEYS[lever])}</li>
          ))}
        </ul>
      </dd>
      <dt>{t('review.content.charter')}</dt>
      <dd>
        <ul className="plain-list">
          {CHARTER_ITEMS.map((item) => (
            <li key={item}>
              {t('review.content.charterItem', {
                item: t(CHARTER_KEYS[item]),
                answer: content.charter[item]
                  ? t('review.content.accepted')
                  : t('review.content.refused'),
              })}
            </li>
          ))}
        </ul>
      </dd>
      <dt>{t('review.content.generalInterest')}</dt>
      <dd className="prose">{content.generalInterest ?? t('review.content.none')}</dd>
      <dt>{t('review.content.funding')}</dt>
      <dd className="prose">{content.funding ?? t('review.content.none')}</dd>
    </dl>
  );
}
