import { useId, type ReactNode } from 'react';
import { classNames } from './classNames';
import { ScrollTable } from './ScrollTable';

/**
 * A data table in the kit's scrolling frame (ScrollTable), its region named by the caption. Column headers get `scope="col"`; write a row's header
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
    <ScrollTable
      labelledBy={captionId}
      isBordered={isBordered}
      isCaptionHidden={isCaptionHidden}
      size={size ?? 'md'}
      className={classNames('kl-table', className)}
      testId={testId}
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
    </ScrollTable>
  );
}
