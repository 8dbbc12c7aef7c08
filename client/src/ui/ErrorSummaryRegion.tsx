import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { classNames } from './classNames';

export interface SummaryItem {
  key: string;
  text: string;
  /** The id of the control the error is about: the item links to it and focuses it. */
  targetId?: string | undefined;
  /** The error's stable code (shared/errors.ts), to quote when asking for help; never the server's text. */
  detail?: string | undefined;
}

function focusTarget(event: MouseEvent<HTMLAnchorElement>, targetId: string) {
  const target = document.getElementById(targetId);
  if (target === null) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'center' });
  target.focus();
}

/**
 * A form's errors as a DSFR Alert of type error (`fr-alert fr-alert--error`): announced as an alert and
 * focused each time a new list arrives (on submit), each error a link that focuses its field. The region
 * stays in the page, empty, so that it is announced reliably. `classes` adds classes of one's own to the
 * DSFR ones (kept for the callers written before the DSFR). Most forms use ErrorSummary instead.
 */
export function ErrorSummaryRegion({
  items,
  title,
  detailLabel,
  classes,
  titleAs: Title = 'p',
  testId,
}: {
  items: readonly SummaryItem[];
  title: string;
  detailLabel: string;
  classes?: { region?: string; empty?: string; title?: string; detail?: string };
  titleAs?: 'p' | 'h2' | 'h3';
  testId?: string;
}) {
  const titleId = useId();
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length > 0) region.current?.focus();
  }, [items]);
  const hasErrors = items.length > 0;
  return (
    <div
      ref={region}
      role="alert"
      tabIndex={-1}
      className={
        hasErrors
          ? classNames(fr.cx('fr-alert', 'fr-alert--error', 'fr-mb-3w'), classes?.region)
          : classes?.empty
      }
      aria-labelledby={hasErrors ? titleId : undefined}
      data-testid={testId}
    >
      {hasErrors && (
        <>
          <Title className={classNames(fr.cx('fr-alert__title'), classes?.title)} id={titleId}>
            {title}
          </Title>
          <ul className={fr.cx('fr-mb-0')}>
            {items.map((item, i) => (
              <li key={`${i}-${item.key}`}>
                {item.targetId === undefined ? (
                  item.text
                ) : (
                  <a
                    href={`#${item.targetId}`}
                    onClick={(event) => focusTarget(event, item.targetId as string)}
                  >
                    {item.text}
                  </a>
                )}
                {item.detail !== undefined && (
                  <>
                    {' '}
                    <span className={classNames('fr-text--xs', classes?.detail)}>
                      {detailLabel} <code>{item.detail}</code>
                    </span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
