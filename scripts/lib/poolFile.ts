// Reads a pool file from disk: plain text (one id per line) or CSV with an `id` column.

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import type { PoolEntry } from '../../shared/lottery/poolId';
import { decodePoolText, parsePoolText } from '../../shared/lottery/poolText';

/** Upper bound on a pool file; 10M ids of 128 bytes is 1.3 GB, far past any real jury pool. */
export const MAX_POOL_BYTES = 1024 * 1024 * 1024;

/** Reads a pool file's bytes, refusing absurd sizes before reading them. */
export function readPoolBytes(path: string): Uint8Array {
  const bytes = readFileSync(path);
  if (bytes.length > MAX_POOL_BYTES) {
    throw new KleroterionError(
      ErrorCode.InvalidArgument,
      `${path}: pool file is larger than 1 GiB`,
      { file: path },
    );
  }
  return bytes;
}

/** Reads entries in file order with line numbers; validation and ordering are left to `canonicalPool`. */
export function readPoolEntries(path: string): PoolEntry[] {
  const bytes = readPoolBytes(path);
  return isCsvPool(path) ? parsePoolCsv(bytes, path) : parsePoolText(bytes, path);
}

/** A pool file is read as CSV when its name ends in .csv, as plain text otherwise. */
export const isCsvPool = (path: string): boolean => path.toLowerCase().endsWith('.csv');

/**
 * Parses a CSV pool with an "id" column into entries carrying their line numbers.
 * @throws {KleroterionError} POOL_ID_INVALID_UTF8, POOL_CSV_MALFORMED or POOL_CSV_NO_ID_COLUMN.
 */
export function parsePoolCsv(bytes: Uint8Array, file: string): PoolEntry[] {
  // The text decoder's strict check reports a bad byte with its line; it also drops a BOM.
  const text = decodePoolText(bytes, file);
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(text, { columns: true, info: true, relax_column_count: false });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const reason = (error as Error).message.replace(/^Invalid Record Length: /, '');
    throw new KleroterionError(
      ErrorCode.PoolCsvMalformed,
      `${file}${line === undefined ? '' : `, line ${line}`}: malformed CSV (${reason})`,
      { file, ...(line === undefined ? {} : { line }) },
    );
  }
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const columns =
    rows[0] === undefined
      ? header.split(',').map((c) => c.trim().replace(/^"|"$/g, ''))
      : Object.keys(rows[0].record);
  if (!columns.includes('id')) {
    throw new KleroterionError(
      ErrorCode.PoolCsvNoIdColumn,
      `${file}, line 1: no "id" column in the header (found: ${columns.join(', ') || 'nothing'})`,
      {
        file,
        line: 1,
        field: 'id',
      },
    );
  }
  return rows.map(({ record, info }) => ({ id: record['id'] as string, line: info.lines }));
}
