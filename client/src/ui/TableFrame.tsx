import type { ReactNode } from 'react';

/**
 * The DSFR table frame (fr-table): a table wider than a phone scrolls inside its own box, never the page.
 * The scrolling box is a focusable region named after the table, so the keyboard can scroll it too.
 */
export function TableFrame({
  label,
  children,
  className,
}: {
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={`fr-table fr-table--bordered fr-table--multiline fr-mb-3w ${className ?? ''}`}>
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div
            className="fr-table__content table-scroll"
            role="region"
            tabIndex={0}
            aria-label={label}
          >
            {children}
          </div>
        </div>
      </div>
    </div>
  );
}
