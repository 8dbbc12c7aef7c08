// Parses and validates a volunteers CSV in full before anything is written: every problem is reported with
// its line, column and field, and the import is all or nothing.

import { parse } from 'csv-parse/sync';
import { indexHeader, type CsvProblem } from './csvHeader';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { firstInvalidUtf8Line } from '../../shared/lottery/poolText';

export interface VolunteerRow {
  line: number;
  name: string;
  email: string;
  phone: string | null;
  /** The language the volunteer reads their messages in: French unless the file says `en`. */
  language: 'fr' | 'en';
  attributes: Record<string, string>;
}

export type { CsvProblem } from './csvHeader';

/** Most problems listed in one report; the total is always given. */
const MAX_LISTED = 200;

const ALIASES: Record<'name' | 'email' | 'phone' | 'language', readonly string[]> = {
  name: ['name', 'nom', 'nom complet', 'full name'],
  email: ['email', 'e-mail', 'courriel', 'mail', 'adresse électronique'],
  phone: ['phone', 'telephone', 'téléphone', 'tel', 'tél'],
  language: ['langue', 'language', 'lang'],
};
/** What the optional language column accepts (any case); empty means French. */
const LANGUAGES: Record<string, 'fr' | 'en'> = {
  fr: 'fr',
  français: 'fr',
  francais: 'fr',
  french: 'fr',
  en: 'en',
  anglais: 'en',
  english: 'en',
};
const EMAIL =
  /^[^\s@"<>(),;:]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHAR = /[\u0000-\u001f\u007f]/;
const PHONE = /^\+?[0-9 ().-]{6,25}$/;
const ATTRIBUTE_NAME = /^[\p{L}\p{N}_ .-]{1,60}$/u;

/**
 * Validates a whole file. Accepts a UTF-8 BOM, LF or CRLF, and comma, semicolon or tab delimiters
 * (detected from the header, as French spreadsheets export with semicolons).
 * @throws {KleroterionError} CSV_INVALID with `details.problems` listing each problem.
 */
export function parseVolunteersCsv(
  bytes: Uint8Array,
  file: string,
): { rows: VolunteerRow[]; attributeColumns: string[] } {
  const invalid = (problems: CsvProblem[], total = problems.length): never => {
    throw new KleroterionError(
      ErrorCode.CsvInvalid,
      `${file}: ${total} problem${total > 1 ? 's' : ''}; nothing was imported. First: line ${problems[0]?.line}: ${problems[0]?.message}`,
      {
        file,
        problems: problems.slice(0, MAX_LISTED),
        total,
      },
    );
  };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return invalid([
      {
        line: firstInvalidUtf8Line(bytes),
        code: 'INVALID_UTF8',
        message: 'not valid UTF-8 (save the file as CSV UTF-8)',
      },
    ]);
  }
  if (text.trim() === '')
    return invalid([{ line: 1, code: 'EMPTY_FILE', message: 'the file is empty' }]);
  const headerLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = detectDelimiter(headerLine);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return invalid([
      { line, code: 'CSV_SYNTAX', message: `CSV syntax error: ${(error as Error).message}` },
    ]);
  }
  const [headerRecord, ...dataRecords] = records;
  const header = (headerRecord?.record ?? []).map((cell) => cell.trim());
  const { indexOf: columnOf, problems } = indexHeader(header);
  const find = (field: keyof typeof ALIASES) =>
    ALIASES[field].map((alias) => columnOf.get(alias)).find((i) => i !== undefined);
  const nameColumn = find('name');
  const emailColumn = find('email');
  const phoneColumn = find('phone');
  const languageColumn = find('language');
  for (const [field, column] of [
    ['name', nameColumn],
    ['email', emailColumn],
  ] as const) {
    if (column === undefined) {
      const hint =
        header.length === 1 && /[|:]/.test(headerLine)
          ? ' (the delimiter must be a comma, a semicolon or a tab)'
          : '';
      problems.push({
        line: 1,
        field,
        code: 'MISSING_COLUMN',
        message: `required column "${field}" is missing${hint}`,
      });
    }
  }
  const known = new Set([nameColumn, emailColumn, phoneColumn, languageColumn]);
  const attributeColumns = header.filter((_, i) => !known.has(i));
  attributeColumns.forEach((name) => {
    if (name !== '' && !ATTRIBUTE_NAME.test(name))
      problems.push({
        line: 1,
        field: name,
        code: 'BAD_HEADER',
        message: `column name "${name}" has unexpected characters`,
      });
  });
  if (problems.length > 0) return invalid(problems);
  if (dataRecords.length === 0)
    return invalid([
      { line: 2, code: 'NO_ROWS', message: 'the file has a header but no volunteers' },
    ]);

  const rows: VolunteerRow[] = [];
  const emails = new Map<string, number>();
  let total = 0;
  const report = (problem: CsvProblem) => {
    total++;
    if (problems.length < MAX_LISTED) problems.push(problem);
  };
  for (const { record, info } of dataRecords) {
    const line = info.lines;
    if (record.length !== header.length) {
      report({
        line,
        code: 'FIELD_COUNT',
        message: `expected ${header.length} fields, found ${record.length}`,
      });
      continue;
    }
    const cell = (column: number | undefined) =>
      column === undefined ? '' : (record[column] ?? '').trim();
    const name = cell(nameColumn);
    const email = cell(emailColumn).toLowerCase();
    const phone = cell(phoneColumn);
    const languageCell = cell(languageColumn).toLowerCase();
    const language = languageCell === '' ? 'fr' : LANGUAGES[languageCell];
    if (name === '')
      report({
        line,
        column: (nameColumn ?? 0) + 1,
        field: 'name',
        code: 'REQUIRED',
        message: 'name is empty',
      });
    else if (name.length > 200 || CONTROL_CHAR.test(name))
      report({
        line,
        column: (nameColumn ?? 0) + 1,
        field: 'name',
        code: 'INVALID',
        message: 'name is too long or holds control characters',
      });
    if (email === '')
      report({
        line,
        column: (emailColumn ?? 0) + 1,
        field: 'email',
        code: 'REQUIRED',
        message: 'email is empty',
      });
    else if (!EMAIL.test(email) || email.length > 254)
      report({
        line,
        column: (emailColumn ?? 0) + 1,
        field: 'email',
        code: 'INVALID',
        message: `"${email}" is not an email address`,
      });
    else if (emails.has(email))
      report({
        line,
        column: (emailColumn ?? 0) + 1,
        field: 'email',
        code: 'DUPLICATE',
        message: `email ${email} already appears on line ${emails.get(email)}`,
      });
    else emails.set(email, line);
    if (phone !== '' && !PHONE.test(phone))
      report({
        line,
        column: (phoneColumn ?? 0) + 1,
        field: 'phone',
        code: 'INVALID',
        message: `"${phone}" is not a phone number`,
      });
    if (language === undefined)
      report({
        line,
        column: (languageColumn ?? 0) + 1,
        field: 'language',
        code: 'INVALID',
        message: `"${languageCell}" is not a language (fr or en)`,
      });
    const attributes: Record<string, string> = {};
    header.forEach((column, i) => {
      if (known.has(i)) return;
      const value = (record[i] ?? '').trim();
      if (value.length > 200)
        report({
          line,
          column: i + 1,
          field: column,
          code: 'TOO_LONG',
          message: `${column} is longer than 200 characters`,
        });
      attributes[column] = value;
    });
    rows.push({
      line,
      name,
      email,
      phone: phone === '' ? null : phone,
      language: language ?? 'fr',
      attributes,
    });
  }
  if (total > 0) return invalid(problems, total);
  return { rows, attributeColumns };
}

/** The delimiter that splits the header most: comma, semicolon or tab, outside quotes. */
function detectDelimiter(headerLine: string): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, unquoted.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}
