// Reads a pool file from disk: plain text (one id per line) or CSV with an `id` column.

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import type { PoolEntry } from '../../shared/lottery/poolId';
import { parsePoolText } from '../../shared/lottery/poolText';

/** Upper bound on a pool file; 10M ids of 128 bytes is 1.3 GB, far past any real jury pool. */
const MAX_POOL_BYTES = 1024 * 1024 * 1024;

/** Reads entries with line numbers; validation and ordering are left to `canonicalPool`. */
export function readPoolEntries(path: string): PoolEntry[] {
  const bytes = readFileSync(path);
  if (bytes.length > MAX_POOL_BYTES) {
    throw new KleroterionError(
      ErrorCode.InvalidArgument,
      `${path}: pool file is larger than 1 GiB`,
      { file: path },
    );
  }
  return path.toLowerCase().endsWith('.csv')
    ? parsePoolCsv(bytes, path)
    : parsePoolText(bytes, path);
}

function parsePoolCsv(bytes: Uint8Array, file: string): PoolEntry[] {
  // Reuse the text reader's strict UTF-8 check so that a bad byte is reported with its line.
  parsePoolText(bytes, file);
  const text = new TextDecoder('utf-8').decode(bytes);
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(text, {
      bom: true,
      columns: true,
      info: true,
      skip_empty_lines: false,
      relax_column_count: false,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new KleroterionError(
      ErrorCode.PoolCsvMalformed,
      `${file}${line === undefined ? '' : `, line ${line}`}: malformed CSV (${(error as Error).message.replace(/^Invalid.*?: /, '')})`,
      { file, ...(line === undefined ? {} : { line }) },
    );
  }
  const header = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
  if (rows.length === 0 && !/(^|,)"?id"?(,|$)/.test(header)) {
    throw new KleroterionError(
      ErrorCode.PoolCsvNoIdColumn,
      `${file}, line 1: no "id" column in the header`,
      { file, line: 1 },
    );
  }
  if (rows.length > 0 && !('id' in (rows[0] as { record: object }).record)) {
    throw new KleroterionError(
      ErrorCode.PoolCsvNoIdColumn,
      `${file}, line 1: no "id" column in the header (found: ${Object.keys(rows[0]!.record).join(', ')})`,
      {
        file,
        line: 1,
        field: 'id',
      },
    );
  }
  return rows.map(({ record, info }) => ({ id: record['id'] as string, line: info.lines }));
}
