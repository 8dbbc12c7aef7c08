import type { ReactNode } from 'react';

/**
 * A two-column table of named counts in the design system's table markup, whose container scrolls on
 * its own when the table is wider than a phone. The row names are row headers, read with each count.
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
    <div className="fr-table fr-table--bordered fr-table--multiline figures-table">
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
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
          </div>
        </div>
      </div>
    </div>
  );
}
