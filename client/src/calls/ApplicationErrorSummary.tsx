import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useI18n } from '../i18n/useI18n';
import { inputIdOf } from './applicationFieldIds';
import { messageText, type FieldMessage } from './fieldMessage';

function focusInput(event: MouseEvent<HTMLAnchorElement>, inputId: string) {
  const input = document.getElementById(inputId);
  if (input === null) return;
  event.preventDefault();
  input.scrollIntoView({ block: 'center' });
  input.focus();
}

/**
 * The form's errors at the top of the form (DSFR / GOV.UK pattern): an alert that takes focus whenever a
 * new list arrives, each error a link to its field. The region stays in the page so it is announced reliably.
 */
export function ApplicationErrorSummary({ errors }: { errors: readonly FieldMessage[] }) {
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
      className={hasErrors ? 'application-error-summary' : undefined}
      aria-labelledby={hasErrors ? titleId : undefined}
      data-testid="error-summary"
    >
      {hasErrors && (
        <>
          <h3 className="application-error-summary-title" id={titleId}>
            {errors.length === 1
              ? t('calls.summary.one')
              : t('calls.summary.many', { count: errors.length })}
          </h3>
          <ul>
            {errors.map((error, i) => {
              const text = messageText(t, error);
              const inputId = error.field === undefined ? undefined : inputIdOf(error.field);
              return (
                <li key={`${i}-${error.key}`}>
                  {inputId === undefined ? (
                    text
                  ) : (
                    <a href={`#${inputId}`} onClick={(event) => focusInput(event, inputId)}>
                      {text}
                    </a>
                  )}
                  {error.detail !== undefined && (
                    <>
                      {' '}
                      <span className="application-error-detail">
                        {t('calls.summary.detail')} <span lang="en">{error.detail}</span>
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
