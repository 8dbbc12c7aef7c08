import type { ReactNode } from 'react';
import { classNames } from './classNames';

/**
 * The design system's table frame (`fr-table`, DSFR 1.14 markup): on a narrow screen the table scrolls
 * inside its own box, never the page. The caller gives the `<table>` with its caption, and the same words as
 * `label`: the scrolling box is a named region a keyboard can focus, so that the arrow keys scroll it.
 */
export function ScrollTable({
  children,
  label,
  isMultiline = false,
  className,
}: {
  /** The <table> itself. */
  children: ReactNode;
  /** Names the scrolling region: the table's caption, in the same words. */
  label: string;
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
        <div className="fr-table__container" tabIndex={0} role="region" aria-label={label}>
          <div className="fr-table__content">{children}</div>
        </div>
      </div>
    </div>
  );
}
