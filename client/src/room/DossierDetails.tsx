import { useId } from 'react';
import type { Axis } from '../../../shared/calls/review';
import { AXES } from '../../../shared/calls/review';
import { CHARTER_ITEMS, type Dossier } from '../../../shared/dossier/dossier';
import type { RoomView } from '../../../shared/deliberation/roomView';
import {
  AXIS_KEYS,
  CHARTER_KEYS,
  LEAD_TYPE_KEYS,
  LEVEL_KEYS,
  LEVER_KEYS,
} from '../i18n/dossierLabels';
import { useI18n } from '../i18n/useI18n';
import type { FullDossiers } from './useDossiers';

type Summary = RoomView['dossiers'][number];

/**
 * Everything a juror reads of a dossier, below its title: the project (pitch, facts, description,
 * general interest, funding, support requested, charter) and the administration's pre-screening.
 * Until the full dossier arrives, or if it cannot be loaded, the view's summary stands in.
 */
export function DossierDetails({ summary, full }: { summary: Summary; full: FullDossiers }) {
  const { t } = useI18n();
  const id = useId();
  const dossier = full.status === 'ready' ? full.byId.get(summary.id) : undefined;
  return (
    <div className="dossier">
      <p className="dossier-pitch">{summary.pitch}</p>
      <dl className="facts dossier-facts">
        <dt>{t('review.content.sector')}</dt>
        <dd>{summary.sector}</dd>
        <dt>{t('review.content.territory')}</dt>
        <dd>{summary.territory}</dd>
        {dossier !== undefined && (
          <>
            <dt>{t('review.content.leadType')}</dt>
            <dd>{t(LEAD_TYPE_KEYS[dossier.leadType])}</dd>
            <dt>{t('dossier.website')}</dt>
            <dd>
              {dossier.website === undefined ? (
                t('dossier.notGiven')
              ) : (
                <a href={dossier.website} rel="noopener noreferrer nofollow">
                  {dossier.website}
                </a>
              )}
            </dd>
          </>
        )}
      </dl>
      {dossier === undefined ? (
        full.status === 'loading' ? (
          <p role="status">{t('dossier.loading')}</p>
        ) : (
          <p className="notice">{t('dossier.unavailable')}</p>
        )
      ) : (
        <>
          <ProjectTexts id={id} dossier={dossier} />
          <Prescreening id={id} dossier={dossier} />
        </>
      )}
    </div>
  );
}

function ProjectTexts({ id, dossier }: { id: string; dossier: Dossier }) {
  const { t } = useI18n();
  return (
    <>
      <h3>{t('dossier.description')}</h3>
      <p className="dossier-text">{dossier.description}</p>
      <h3>{t('dossier.generalInterest')}</h3>
      <p className="dossier-text">{dossier.generalInterest ?? t('dossier.notGiven')}</p>
      <h3>{t('dossier.funding')}</h3>
      <p className="dossier-text">{dossier.funding ?? t('dossier.notGiven')}</p>
      <h3 id={`${id}-levers`}>{t('dossier.levers')}</h3>
      <ul aria-labelledby={`${id}-levers`}>
        {dossier.levers.map((lever) => (
          <li key={lever}>{t(LEVER_KEYS[lever])}</li>
        ))}
      </ul>
      <h3 id={`${id}-charter`}>{t('dossier.charter')}</h3>
      <ul aria-labelledby={`${id}-charter`} className="dossier-charter">
        {CHARTER_ITEMS.map((item) => (
          <li key={item} className={dossier.charter[item] ? 'accepted' : 'not-accepted'}>
            {t('review.content.charterItem', {
              item: t(CHARTER_KEYS[item]),
              answer: dossier.charter[item]
                ? t('dossier.charter.accepted')
                : t('dossier.charter.notAccepted'),
            })}
          </li>
        ))}
      </ul>
    </>
  );
}

function Prescreening({ id, dossier }: { id: string; dossier: Dossier }) {
  const { t } = useI18n();
  const prescreening = dossier.prescreening;
  return (
    <section aria-labelledby={`${id}-prescreening`} className="dossier-prescreening">
      <h3 id={`${id}-prescreening`}>{t('dossier.prescreening')}</h3>
      <p className="dossier-opinion">
        {t('dossier.opinion', {
          opinion: t(
            prescreening.admissible ? 'review.opinion.admissible' : 'review.opinion.notAdmissible',
          ),
        })}
      </p>
      <dl className="dossier-assessments">
        {AXES.map((axis: Axis) => (
          <div key={axis} className={`assessment level-${prescreening[axis].level}`}>
            <dt>{t(AXIS_KEYS[axis])}</dt>
            <dd>
              <strong>
                {t('dossier.assessment', { level: t(LEVEL_KEYS[prescreening[axis].level]) })}
              </strong>
              <span className="dossier-text">{prescreening[axis].comment}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
