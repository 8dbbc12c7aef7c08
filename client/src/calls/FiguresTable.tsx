import type { ReactNode } from 'react';
import { ScrollTable } from '../ui/ScrollTable';

/**
 * A two-column table of named counts in the kit's scrolling table frame. The row names are row headers, read with each count.
 */
export function FiguresTable({
  caption,
  headers,
  rows,
  testId,
}: {
  caption: string;
  headers: readonly [string, string];
  rows: readonly { key: string; name: ReactNode; count: number }[];
  testId: string;
}) {
  return (
    <ScrollTable label={caption} isBordered isMultiline size="md" className="figures-table">
      <table data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{headers[0]}</th>
            <th scope="col" className="fr-cell--right">
              {headers[1]}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, name, count }) => (
            <tr key={key}>
              <th scope="row">{name}</th>
              <td className="fr-cell--right">{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
