// `npm run docs:security-matrix`: rewrites the authorisation matrix in docs/security.md from the access
// table the tests enforce (server/testing/contract/accessTable.ts).

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formattedWithAccessMatrix } from '../server/testing/contract/accessMatrixMarkdown';

const file = new URL('../docs/security.md', import.meta.url);
const before = readFileSync(file, 'utf8');
const after = await formattedWithAccessMatrix(before, fileURLToPath(file));
writeFileSync(file, after);
process.stdout.write(
  before === after
    ? 'docs/security.md: matrix already up to date\n'
    : 'docs/security.md: matrix rewritten\n',
);
