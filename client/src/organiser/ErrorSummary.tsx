import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { FormError } from './formErrors';

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (field === null) return;
  event.preventDefault();
  field.scrollIntoView({ block: 'center' });
  field.focus();
}

/**
 * The list of a form's errors (DSFR / GOV.UK pattern): announced as an alert, focused each time a new list
 * arrives, each error linking to its field. The region stays in the page so that it is announced reliably.
 */
export function ErrorSummary({ errors }: { errors: readonly FormError[] }) {
  const { t } = useI18n();
  const titleId = useId();
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) region.current?.focus();
  }, [errors]);
  const hasErrors = errors.length > 0;
  return (
    <div
      ref={region}
      role="alert"
      tabIndex={-1}
      className={hasErrors ? 'error-summary' : 'error-summary-empty'}
      aria-labelledby={hasErrors ? titleId : undefined}
    >
      {hasErrors && (
        <>
          <p className="error-summary-title" id={titleId}>
            {errors.length === 1
              ? t('organiser.errors.one')
              : t('organiser.errors.many', { count: errors.length })}
          </p>
          <ul>
            {errors.map((error, i) => {
              const message = t(error.key, error.values);
              return (
                <li key={`${i}-${error.key}`}>
                  {error.fieldId === undefined ? (
                    message
                  ) : (
                    <a
                      href={`#${error.fieldId}`}
                      onClick={(event) => focusField(event, error.fieldId as string)}
                    >
                      {message}
                    </a>
                  )}
                  {error.detail !== undefined && (
                    <>
                      {' '}
                      <span className="error-detail">
                        {t('organiser.errors.detail')} <span lang="en">{error.detail}</span>
                      </span>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
