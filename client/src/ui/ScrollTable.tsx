import type { ReactNode } from 'react';

/**
 * The design system's table frame (`fr-table`, DSFR 1.14 markup): on a narrow screen the table scrolls
 * inside its own box, never the page. The caller gives the `<table>` with its caption. With `label`, the
 * scrolling box is a named region a keyboard can focus, so that the arrow keys scroll it.
 */
export function ScrollTable({
  children,
  label,
  isMultiline = false,
}: {
  children: ReactNode;
  label?: string;
  /** Long texts wrap in their cells instead of widening the table. */
  isMultiline?: boolean;
}) {
  return (
    <div className={`fr-table fr-table--sm${isMultiline ? ' fr-table--multiline' : ''}`}>
      <div className="fr-table__wrapper">
        <div
          className="fr-table__container"
          {...(label === undefined ? {} : { tabIndex: 0, role: 'region', 'aria-label': label })}
        >
          <div className="fr-table__content">{children}</div>
        </div>
      </div>
    </div>
  );
}
