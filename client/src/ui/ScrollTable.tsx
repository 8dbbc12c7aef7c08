import type { ReactNode } from 'react';
import { classNames } from './classNames';

/**
 * The design system's table frame (`fr-table`, DSFR 1.14 markup) around a `<table>` of ours, which keeps
 * its caption and row headers: on a narrow screen the table scrolls inside its own box, never the page.
 * With `label`, the scrolling box is a named region a keyboard can focus, so that the arrow keys scroll it.
 */
export function ScrollTable({
  children,
  label,
  isMultiline = false,
  className,
}: {
  /** The <table> itself. */
  children: ReactNode;
  /** Names the scrolling region (usually the table's caption). */
  label?: string;
  /** Long texts wrap in their cells instead of widening the table. */
  isMultiline?: boolean;
  className?: string;
}) {
  return (
    <div
      className={classNames(
        'fr-table fr-table--sm',
        isMultiline && 'fr-table--multiline',
        className,
      )}
    >
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
