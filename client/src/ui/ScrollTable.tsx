import type { ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { classNames } from './classNames';
import './ui.css';

/** What names the scrolling region: the caption's words, or the id of the caption itself. */
type RegionName = { label: string; labelledBy?: never } | { labelledBy: string; label?: never };

/**
 * The kit's one table frame, in the DSFR's markup (`fr-table` > wrapper > container > content): on a
 * narrow screen the table scrolls inside its container, never the page. The container, the box that
 * scrolls, is a focusable region named after the table (`label`, the caption in the same words, or
 * `labelledBy`, the caption's id), so that the arrow keys scroll it. The caller gives the `<table>` with
 * its caption; Table builds the whole table on this frame.
 */
export function ScrollTable({
  children,
  isMultiline = false,
  isBordered = false,
  isCaptionHidden = false,
  size = 'sm',
  className,
  testId,
  ...name
}: RegionName & {
  /** The <table> itself. */
  children: ReactNode;
  /** Long texts wrap in their cells instead of widening the table. */
  isMultiline?: boolean;
  isBordered?: boolean;
  isCaptionHidden?: boolean;
  size?: 'sm' | 'md' | 'lg';
  className?: string;
  testId?: string;
}) {
  return (
    <div
      className={classNames(
        fr.cx(
          'fr-table',
          size === 'sm' && 'fr-table--sm',
          size === 'lg' && 'fr-table--lg',
          isMultiline && 'fr-table--multiline',
          isBordered && 'fr-table--bordered',
          isCaptionHidden && 'fr-table--no-caption',
        ),
        className,
      )}
      data-testid={testId}
    >
      <div className={fr.cx('fr-table__wrapper')}>
        <div
          className={classNames(fr.cx('fr-table__container'), 'kl-table__container')}
          tabIndex={0}
          role="region"
          aria-label={name.label}
          aria-labelledby={name.labelledBy}
        >
          <div className={fr.cx('fr-table__content')}>{children}</div>
        </div>
      </div>
    </div>
  );
}
