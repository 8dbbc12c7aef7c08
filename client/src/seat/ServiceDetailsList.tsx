import type { ServiceDetails } from '../../../shared/process/serviceDetails';
import { useI18n } from '../i18n/useI18n';
import { formatServiceSession } from './formatServiceDate';
import './seat.css';

/** What serving involves, as the organiser stated it: dates in Paris time, place, compensation, contact. */
export function ServiceDetailsList({ service }: { service: ServiceDetails | undefined }) {
  const { t, language } = useI18n();
  const sessions = service?.sessions ?? [];
  const hasAny =
    service !== undefined &&
    (sessions.length > 0 ||
      [
        service.duration,
        service.place,
        service.videoLink,
        service.compensation,
        service.contact,
      ].some((value) => value !== undefined));
  return (
    <section aria-labelledby="service-heading" className="service-details">
      <h2 id="service-heading">{t('seat.service.heading')}</h2>
      {!hasAny ? (
        <p>{t('seat.service.none')}</p>
      ) : (
        <dl>
          {sessions.length > 0 && (
            <>
              <dt>{t('seat.service.sessions')}</dt>
              <dd>
                <ul>
                  {sessions.map((session) => (
                    <li key={session.startsAt}>{formatServiceSession(session, language)}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {service.duration !== undefined && (
            <>
              <dt>{t('seat.service.duration')}</dt>
              <dd>{service.duration}</dd>
            </>
          )}
          {service.place !== undefined && (
            <>
              <dt>{t('seat.service.place')}</dt>
              <dd>{service.place}</dd>
            </>
          )}
          {service.videoLink !== undefined && (
            <>
              <dt>{t('seat.service.videoLink')}</dt>
              <dd>
                <a href={service.videoLink} rel="noopener noreferrer">
                  {service.videoLink}
                </a>
              </dd>
            </>
          )}
          {service.compensation !== undefined && (
            <>
              <dt>{t('seat.service.compensation')}</dt>
              <dd>{service.compensation}</dd>
            </>
          )}
          {service.contact !== undefined && (
            <>
              <dt>{t('seat.service.contact')}</dt>
              <dd>{service.contact}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
