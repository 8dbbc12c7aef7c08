import { useEffect, useId, useRef, type MouseEvent } from 'react';

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
 * A form's errors (DSFR / GOV.UK pattern): announced as an alert and focused each time a new list
 * arrives, each error linking to its field. The region stays in the page so that it is announced
 * reliably. Shared by the console's forms and the public application form.
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
  classes: { region: string; empty?: string; title: string; detail: string };
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
      className={hasErrors ? classes.region : classes.empty}
      aria-labelledby={hasErrors ? titleId : undefined}
      data-testid={testId}
    >
      {hasErrors && (
        <>
          <Title className={classes.title} id={titleId}>
            {title}
          </Title>
          <ul>
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
                    <span className={classes.detail}>
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
