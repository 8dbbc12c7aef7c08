import { useId, type ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { classNames } from './classNames';
import './ui.css';

/**
 * A data table in the DSFR's markup (`fr-table` > wrapper > container > content): on a small screen the
 * table scrolls inside its own container, never the page; the container is a focusable region named by
 * the caption so that a keyboard can scroll it. Column headers get `scope="col"`; write a row's header
 * cell as `<th scope="row">` in `children` (the rows, <tr> elements). Long words and ids wrap.
 */
export function Table({
  caption,
  isCaptionHidden = false,
  columns,
  children,
  isBordered = false,
  size,
  className,
  testId,
}: {
  /** The table's title, read first by screen readers; hide it only when a heading right above says it. */
  caption: ReactNode;
  isCaptionHidden?: boolean;
  columns: readonly ReactNode[];
  children: ReactNode;
  isBordered?: boolean;
  size?: 'sm' | 'lg';
  className?: string;
  testId?: string;
}) {
  const captionId = useId();
  return (
    <div
      className={classNames(
        fr.cx(
          'fr-table',
          isBordered && 'fr-table--bordered',
          isCaptionHidden && 'fr-table--no-caption',
          size === 'sm' && 'fr-table--sm',
          size === 'lg' && 'fr-table--lg',
        ),
        'kl-table',
        className,
      )}
      data-testid={testId}
    >
      <div className={fr.cx('fr-table__wrapper')}>
        <div className={fr.cx('fr-table__container')}>
          <div
            className={classNames(fr.cx('fr-table__content'), 'kl-table__content')}
            role="region"
            aria-labelledby={captionId}
            tabIndex={0}
          >
            <table>
              <caption id={captionId}>{caption}</caption>
              <thead>
                <tr>
                  {columns.map((column, i) => (
                    <th key={i} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>{children}</tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
