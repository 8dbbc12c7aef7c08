// The register CSV's columns and rows (docs/register.md): which header names mean what, and what each row
// must hold. Reading the file as a stream is registerImport.ts's job; this file checks one header or row.

import { indexHeader, type CsvProblem } from '../import/csvHeader';

/** One problem, located; `code` is stable (docs/register.md, "Errors"). Messages never quote contact data. */
export type RegisterProblem = CsvProblem;

export type RegisterField =
  | 'civility'
  | 'lastName'
  | 'firstNames'
  | 'address1'
  | 'address2'
  | 'address3'
  | 'address4'
  | 'postcode'
  | 'city'
  | 'email';

/** Header names (compared trimmed, in lower case) for each field; French first. */
export const REGISTER_ALIASES: Record<RegisterField, readonly string[]> = {
  civility: ['civilité', 'civilite', 'civility', 'title'],
  lastName: ['nom', 'nom de famille', 'last name', 'last_name', 'surname', 'family name'],
  firstNames: [
    'prénoms',
    'prenoms',
    'prénom',
    'prenom',
    'first names',
    'first_names',
    'first name',
  ],
  address1: [
    'adresse',
    'adresse 1',
    'adresse1',
    'address',
    'address 1',
    'address1',
    'address line 1',
  ],
  address2: ['adresse 2', 'adresse2', 'address 2', 'address2', 'address line 2'],
  address3: ['adresse 3', 'adresse3', 'address 3', 'address3', 'address line 3'],
  address4: ['adresse 4', 'adresse4', 'address 4', 'address4', 'address line 4'],
  postcode: ['code postal', 'code_postal', 'cp', 'postcode', 'postal code', 'zip'],
  city: ['commune', 'ville', 'city', 'town'],
  email: ['courriel', 'email', 'e-mail', 'mail', 'adresse électronique'],
};
const REQUIRED: readonly RegisterField[] = ['lastName', 'address1', 'postcode', 'city'];
const FIELD_NAMES: Record<RegisterField, string> = {
  civility: 'civilité',
  lastName: 'nom',
  firstNames: 'prénoms',
  address1: 'adresse 1',
  address2: 'adresse 2',
  address3: 'adresse 3',
  address4: 'adresse 4',
  postcode: 'code postal',
  city: 'commune',
  email: 'courriel',
};
const MAX_LENGTH = 200;
const MAX_STRATUM_LENGTH = 100;
const EMAIL =
  /^[^\s@"<>(),;:]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const POSTCODE = /^[0-9A-Za-z][0-9A-Za-z -]{1,9}$/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHAR = /[\u0000-\u001f\u007f]/;
const LONE_SURROGATE = /\p{Surrogate}/u;

/** Where each field is in the file, once the header is read. */
export interface RegisterColumns {
  width: number;
  fields: Partial<Record<RegisterField, number>>;
  stratum: number | undefined;
  /** Header names the import does not read: their values are never stored. */
  ignored: string[];
}

/** Reads the header; `problems` is empty when it is usable. */
export function readRegisterHeader(
  header: readonly string[],
  stratumColumn: string | undefined,
): { columns: RegisterColumns; problems: RegisterProblem[] } {
  const names = header.map((cell) => cell.trim());
  const { indexOf, problems } = indexHeader(names);
  const fields: Partial<Record<RegisterField, number>> = {};
  for (const field of Object.keys(REGISTER_ALIASES) as RegisterField[]) {
    const found = REGISTER_ALIASES[field].filter((alias) => indexOf.has(alias));
    if (found.length > 1)
      problems.push({
        line: 1,
        field: FIELD_NAMES[field],
        code: 'AMBIGUOUS_HEADER',
        message: `columns ${found.map((f) => `"${f}"`).join(' and ')} both mean ${FIELD_NAMES[field]}`,
      });
    if (found[0] !== undefined) fields[field] = indexOf.get(found[0]);
    else if (REQUIRED.includes(field))
      problems.push({
        line: 1,
        field: FIELD_NAMES[field],
        code: 'MISSING_COLUMN',
        message: `required column "${FIELD_NAMES[field]}" is missing`,
      });
  }
  let stratum: number | undefined;
  if (stratumColumn !== undefined) {
    stratum = indexOf.get(stratumColumn.trim().toLowerCase());
    if (stratum === undefined)
      problems.push({
        line: 1,
        field: stratumColumn,
        code: 'MISSING_STRATUM_COLUMN',
        message: `the stratum column "${stratumColumn}" is not in the header`,
      });
    else if (Object.values(fields).includes(stratum))
      problems.push({
        line: 1,
        field: stratumColumn,
        code: 'STRATUM_IS_CONTACT',
        message: `the stratum column "${stratumColumn}" is a contact column; strata are published`,
      });
  }
  const read = new Set([...Object.values(fields), stratum]);
  return {
    columns: {
      width: names.length,
      fields,
      stratum,
      ignored: names.filter((_, i) => !read.has(i)),
    },
    problems,
  };
}

/** Where a row's problems go; `bad` tells whether the row just read had one (one sink per import). */
export interface ProblemSink {
  report: (problem: RegisterProblem) => void;
  bad: boolean;
}

export interface RegisterValues {
  civility: string;
  lastName: string;
  firstNames: string;
  address: [string, string, string, string];
  postcode: string;
  city: string;
  email: string;
  stratum: string | null;
}

/** Checks one data row; pushes its problems (none quotes the row's contact data) and returns its values. */
export function readRegisterRow(
  record: readonly string[],
  line: number,
  columns: RegisterColumns,
  sink: ProblemSink,
): RegisterValues | undefined {
  if (record.length !== columns.width) {
    sink.report({
      line,
      code: 'FIELD_COUNT',
      message: `expected ${columns.width} fields, found ${record.length}`,
    });
    return undefined;
  }
  sink.bad = false;
  const report = sink.report;
  const values: RegisterValues = {
    civility: cellValue(record, line, columns, 'civility', sink),
    lastName: cellValue(record, line, columns, 'lastName', sink),
    firstNames: cellValue(record, line, columns, 'firstNames', sink),
    address: [
      cellValue(record, line, columns, 'address1', sink),
      cellValue(record, line, columns, 'address2', sink),
      cellValue(record, line, columns, 'address3', sink),
      cellValue(record, line, columns, 'address4', sink),
    ],
    postcode: cellValue(record, line, columns, 'postcode', sink),
    city: cellValue(record, line, columns, 'city', sink),
    email: cellValue(record, line, columns, 'email', sink).toLowerCase(),
    stratum: null,
  };
  if (columns.stratum !== undefined) {
    const stratum = (record[columns.stratum] ?? '').trim();
    const where = { line, column: columns.stratum + 1, field: 'stratum' };
    if (stratum === '') {
      sink.bad = true;
      report({ ...where, code: 'REQUIRED', message: 'the stratum is empty' });
    } else if (
      stratum.length > MAX_STRATUM_LENGTH ||
      CONTROL_CHAR.test(stratum) ||
      LONE_SURROGATE.test(stratum)
    ) {
      sink.bad = true;
      report({
        ...where,
        code: 'INVALID',
        message: `the stratum is longer than ${MAX_STRATUM_LENGTH} characters or holds control characters`,
      });
    }
    values.stratum = stratum;
  }
  return sink.bad ? undefined : values;
}

function cellValue(
  record: readonly string[],
  line: number,
  columns: RegisterColumns,
  field: RegisterField,
  sink: ProblemSink,
): string {
  const column = columns.fields[field];
  if (column === undefined) return '';
  const cell = (record[column] ?? '').trim();
  if (cell === '') {
    if (REQUIRED.includes(field)) {
      sink.bad = true;
      sink.report({
        line,
        column: column + 1,
        field: FIELD_NAMES[field],
        code: 'REQUIRED',
        message: `${FIELD_NAMES[field]} is empty`,
      });
    }
    return '';
  }
  let code: string | undefined;
  let message = '';
  if (cell.length > MAX_LENGTH) {
    code = 'TOO_LONG';
    message = `${FIELD_NAMES[field]} is longer than ${MAX_LENGTH} characters`;
  } else if (CONTROL_CHAR.test(cell)) {
    code = 'CONTROL_CHAR';
    message = `${FIELD_NAMES[field]} holds a control character (a line break inside a field)`;
  } else if (field === 'postcode' && !POSTCODE.test(cell)) {
    code = 'INVALID';
    message = 'the postcode is not a postcode';
  } else if (field === 'email' && (cell.length > 254 || !EMAIL.test(cell))) {
    code = 'INVALID';
    message = 'the e-mail address is not an e-mail address';
  }
  if (code !== undefined) {
    sink.bad = true;
    sink.report({ line, column: column + 1, field: FIELD_NAMES[field], code, message });
  }
  return cell;
}
