import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CALLERS, HTTP_ACCESS, SOCKET_ACCESS } from './accessTable';
import { fileURLToPath } from 'node:url';
import { accessMatrixMarkdown, formattedWithAccessMatrix } from './accessMatrixMarkdown';

describe('the authorisation matrix in docs/security.md', () => {
  it('is the one generated from the access table (run npm run docs:security-matrix)', async () => {
    const file = fileURLToPath(new URL('../../../docs/security.md', import.meta.url));
    const doc = readFileSync(file, 'utf8');
    expect(await formattedWithAccessMatrix(doc, file)).toBe(doc);
  });

  it('has one row per route and per event, one column per caller', () => {
    const rows = accessMatrixMarkdown()
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    expect(rows).toHaveLength(Object.keys(HTTP_ACCESS).length + Object.keys(SOCKET_ACCESS).length);
    for (const row of rows) expect(row.split(' | ')).toHaveLength(CALLERS.length + 1);
  });
});
