import type { ReactNode } from 'react';

/**
 * The design system's table markup (fr-table, wrapper, container, content) around a table of ours, which
 * keeps its row headers: cells wrap, and the container scrolls sideways on a phone instead of widening the page, and is a
 * focusable, named region so that keyboard users can scroll it too. Until the UI kit offers one.
 */
export function ScrollTable({
  label,
  className,
  children,
}: {
  /** Names the scrolling region (usually the table's caption). */
  label: string;
  className?: string;
  /** The <table> itself. */
  children: ReactNode;
}) {
  return (
    <div
      className={`fr-table fr-table--sm fr-table--multiline fr-mb-3w${className === undefined ? '' : ` ${className}`}`}
    >
      <div className="fr-table__wrapper">
        <div className="fr-table__container" tabIndex={0} role="region" aria-label={label}>
          <div className="fr-table__content">{children}</div>
        </div>
      </div>
    </div>
  );
}
