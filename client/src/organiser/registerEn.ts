// Interface text of the register (stage one: the list invitations are drawn from), in English.

import type { registerFr } from './registerFr';

export const registerEn: Record<keyof typeof registerFr, string> = {
  'register.heading': 'Stage-one register',
  'register.intro':
    'The register (electoral roll, address file) is the list invitations are drawn from. Each row gets a pseudonymous id; contact data stays private on the server, and only the ids are committed, by a Merkle root.',
  'register.file': 'Register file (CSV)',
  'register.fileHint':
    'UTF-8, “;” or “,” delimiter. Columns: nom (last name), adresse 1, code postal, commune (required); civilité, prénoms, adresse 2 to 4, courriel (optional); English names are accepted too. Other columns are ignored and never stored.',
  'register.stratum': 'Stratum column (optional)',
  'register.stratumHint':
    'The name of the column that splits the register into strata, for instance “departement”. Each stratum is committed by its own root.',
  'register.needFile': 'Choose the register file.',
  'register.submit': 'Import the register',
  'register.reimport': 'Replace the register',
  'register.uploading': 'Sending the file: {percent}%.',
  'register.phase.reading': 'Reading: {rows} rows read ({percent}% of the file).',
  'register.phase.indexing': 'Indexing {rows} ids…',
  'register.phase.committing': 'Computing the roots of {rows} ids…',
  'register.phase.done': 'Import finished: {rows} rows.',
  'register.imported': 'Register imported: {rows} rows.',
  'register.error':
    'File {file}, line {line}, field “{field}”: refused (code {code}). {total} problem(s) in all; nothing was imported.',
  'register.locked':
    'The invitations’ draw is committed over this register: it can no longer be replaced, or the published commitment would no longer match it.',
  'register.none': 'No register imported yet.',
  'register.summary': 'Register in use: {file}, {rows} rows, imported on {date}.',
  'register.root': 'Merkle root of the register',
  'register.strataCaption': 'Strata by the column “{column}”: size and committed root',
  'register.stratumName': 'Stratum',
  'register.stratumSize': 'Rows',
  'register.stratumRoot': 'Root',
};
