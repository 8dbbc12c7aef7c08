// Reads the admissible dossiers for a jury, as JSON (a DossierFile) or CSV (one row per dossier), and
// validates everything before anything is written. Problems name the line (CSV) or the JSON path.

import { parse } from 'csv-parse/sync';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import type { ASSESSMENT_LEVELS, LEAD_TYPES } from '../../shared/dossier/dossier';
import { CHARTER_ITEMS, DossierFile, type Dossier } from '../../shared/dossier/dossier';
import { firstInvalidUtf8Line } from '../../shared/lottery/poolText';

interface Problem {
  line?: number;
  field?: string;
  code: string;
  message: string;
}

const MAX_LISTED = 200;

function fail(file: string, problems: Problem[]): never {
  throw new KleroterionError(
    ErrorCode.CsvInvalid,
    `${file}: ${problems.length} problem${problems.length > 1 ? 's' : ''}; nothing was imported. First: ${problems[0]?.field ?? ''} ${problems[0]?.message ?? ''}`.trim(),
    {
      file,
      problems: problems.slice(0, MAX_LISTED),
      total: problems.length,
    },
  );
}

/** Parses and validates a dossier file; duplicates are refused. */
export function parseDossierFile(
  bytes: Uint8Array,
  file: string,
): { cohort: string; dossiers: Dossier[] } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    return fail(file, [
      { line: firstInvalidUtf8Line(bytes), code: 'INVALID_UTF8', message: 'not valid UTF-8' },
    ]);
  }
  if (text.trim() === '')
    return fail(file, [{ line: 1, code: 'EMPTY_FILE', message: 'the file is empty' }]);
  const result = text.trimStart().startsWith('{') ? fromJson(text, file) : fromCsv(text, file);
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  result.dossiers.forEach((dossier, i) => {
    const first = seen.get(dossier.id);
    if (first !== undefined)
      problems.push({
        field: `dossiers[${i}].id`,
        code: 'DUPLICATE',
        message: `${dossier.id} already appears as dossier ${first + 1}`,
      });
    else seen.set(dossier.id, i);
  });
  if (problems.length > 0) fail(file, problems);
  return result;
}

function fromJson(text: string, file: string): { cohort: string; dossiers: Dossier[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(file, [
      { code: 'JSON_SYNTAX', message: `not valid JSON: ${(error as Error).message}` },
    ]);
  }
  const parsed = DossierFile.safeParse(json);
  if (!parsed.success) {
    return fail(
      file,
      parsed.error.issues.map((issue) => ({
        field: issue.path
          .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
          .join('')
          .replace(/^\./, ''),
        code: 'INVALID',
        message: issue.message,
      })),
    );
  }
  return { cohort: parsed.data.cohort, dossiers: parsed.data.dossiers };
}

const YES = new Set(['oui', 'yes', 'true', '1', 'o', 'y']);
const NO = new Set(['non', 'no', 'false', '0', 'n']);
const LEAD_ALIASES: Record<string, (typeof LEAD_TYPES)[number]> = {
  citoyen: 'citizen',
  citoyenne: 'citizen',
  citizen: 'citizen',
  association: 'association',
  entreprise: 'company',
  company: 'company',
};
const LEVEL_ALIASES: Record<string, (typeof ASSESSMENT_LEVELS)[number]> = {
  insuffisant: 'insufficient',
  insufficient: 'insufficient',
  fragile: 'fragile',
  satisfaisant: 'satisfactory',
  satisfactory: 'satisfactory',
  solide: 'strong',
  strong: 'strong',
};
const ASSESSMENTS = [
  ['solidity', 'solidity'],
  ['feasibility', 'feasibility'],
  ['impact', 'impact'],
  ['supportValue', 'support_value'],
] as const;
export const DOSSIER_CSV_COLUMNS = [
  'id',
  'title',
  'pitch',
  'description',
  'lead_type',
  'sector',
  'territory',
  'website',
  'levers',
  ...CHARTER_ITEMS.map((item) => `charter_${item.replace(/-/g, '_')}`),
  'admissible',
  ...ASSESSMENTS.flatMap(([, column]) => [`${column}_level`, `${column}_comment`]),
];

/** CSV: one row per dossier; levers separated by "|"; yes/no as oui/non (or yes/no, 1/0). */
function fromCsv(text: string, file: string): { cohort: string; dossiers: Dossier[] } {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter =
    (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(text, {
      columns: (names: string[]) => names.map((name) => name.trim().toLowerCase()),
      delimiter,
      info: true,
      skip_empty_lines: true,
      relax_column_count: false,
    }) as unknown as typeof rows;
  } catch (error) {
    return fail(file, [
      {
        line: (error as { lines?: number }).lines ?? 1,
        code: 'CSV_SYNTAX',
        message: (error as Error).message,
      },
    ]);
  }
  const missing = DOSSIER_CSV_COLUMNS.filter(
    (column) =>
      column !== 'website' &&
      !(
        rows[0] === undefined
          ? header
              .toLowerCase()
              .split(delimiter)
              .map((c) => c.trim())
          : Object.keys(rows[0].record)
      ).includes(column),
  );
  if (missing.length > 0)
    return fail(
      file,
      missing.map((column) => ({
        line: 1,
        field: column,
        code: 'MISSING_COLUMN',
        message: `required column "${column}" is missing`,
      })),
    );
  const problems: Problem[] = [];
  const dossiers: Dossier[] = [];
  for (const { record, info } of rows) {
    const line = info.lines;
    const cell = (name: string) => (record[name] ?? '').trim();
    const flag = (name: string): boolean => {
      const value = cell(name).toLowerCase();
      if (YES.has(value)) return true;
      if (!NO.has(value))
        problems.push({
          line,
          field: name,
          code: 'INVALID',
          message: `"${cell(name)}" is not oui/non`,
        });
      return false;
    };
    const candidate = {
      id: cell('id'),
      title: cell('title'),
      pitch: cell('pitch'),
      description: cell('description'),
      leadType: LEAD_ALIASES[cell('lead_type').toLowerCase()] ?? cell('lead_type'),
      sector: cell('sector'),
      territory: cell('territory'),
      ...(cell('website') === '' ? {} : { website: cell('website') }),
      levers: cell('levers')
        .split(/[|/]/)
        .map((lever) => lever.trim())
        .filter((lever) => lever !== ''),
      charter: Object.fromEntries(
        CHARTER_ITEMS.map((item) => [item, flag(`charter_${item.replace(/-/g, '_')}`)]),
      ),
      prescreening: {
        admissible: flag('admissible'),
        ...Object.fromEntries(
          ASSESSMENTS.map(([key, column]) => [
            key,
            {
              level:
                LEVEL_ALIASES[cell(`${column}_level`).toLowerCase()] ?? cell(`${column}_level`),
              comment: cell(`${column}_comment`),
            },
          ]),
        ),
      },
    };
    const parsed = DossierFile.shape.dossiers.element.safeParse(candidate);
    if (parsed.success) dossiers.push(parsed.data);
    else
      for (const issue of parsed.error.issues)
        problems.push({
          line,
          field: issue.path.join('.'),
          code: 'INVALID',
          message: issue.message,
        });
  }
  if (problems.length > 0) fail(file, problems);
  if (dossiers.length === 0)
    fail(file, [{ line: 2, code: 'NO_ROWS', message: 'the file has a header but no dossiers' }]);
  return { cohort: file.replace(/\.[a-z]+$/i, ''), dossiers };
}
