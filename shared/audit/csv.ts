// CSV that opens cleanly in a spreadsheet. Two variants: "excel" (UTF-8 BOM, `;` separators, decimal
// commas and CRLF, as French Excel expects) and "standard" (RFC 4180: `,` separators, decimal points, CRLF, no BOM).
// Cells that a spreadsheet would run as a formula are neutralised.

export type CsvVariant = 'excel' | 'standard';

export type Cell = string | number | boolean | null;

function cellText(cell: Cell, variant: CsvVariant): string {
  if (cell === null) return '';
  if (typeof cell === 'number')
    return variant === 'excel' ? String(cell).replace('.', ',') : String(cell);
  if (typeof cell === 'boolean') return cell ? 'oui' : 'non';
  // A leading =, +, -, @, tab or CR makes spreadsheets evaluate the cell (CSV injection).
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Serialises rows (the first is the header) in the chosen variant. */
export function toCsv(rows: readonly (readonly Cell[])[], variant: CsvVariant): string {
  const separator = variant === 'excel' ? ';' : ',';
  // RFC 4180 and Excel both end records with CRLF.
  const lineEnd = '\r\n';
  const quote = (text: string) =>
    text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  const body = rows
    .map((row) => row.map((cell) => quote(cellText(cell, variant))).join(separator))
    .join(lineEnd);
  return `${variant === 'excel' ? '\uFEFF' : ''}${body}${lineEnd}`;
}
