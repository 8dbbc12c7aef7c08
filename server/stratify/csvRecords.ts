// Reads a stratification CSV (quotas or respondents): its rows, and the file line of each non-blank data
// row so that errors can name it. A file csv-parse refuses is CSV_INVALID, naming the file and line.

import { parse } from 'csv-parse/sync';
import { ErrorCode, KleroterionError } from '../../shared/errors';

export function csvRecords(bytes: Uint8Array, file: string): { rows: string[][]; lines: number[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(Buffer.from(bytes), {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: false,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw new KleroterionError(
      ErrorCode.CsvInvalid,
      `${file}: ${error instanceof Error ? error.message : String(error)}`,
      { file, line: (error as { lines?: number }).lines ?? 1 },
    );
  }
  const rows = records.map((entry) => entry.record);
  const body = records.slice(1).filter((entry) => entry.record.some((cell) => cell.trim() !== ''));
  return { rows, lines: body.map((entry) => entry.info.lines) };
}
