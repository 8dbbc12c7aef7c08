import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('CSV exports', () => {
  const rows = [
    ['dossier', 'titre', 'moyenne', 'retenu'],
    ['AIC-2026-001', 'Jardins; partagés "verts"', 4.5, true],
    ['AIC-2026-002', '=HYPERLINK("http://x")', null, false],
  ];

  it('writes the French Excel variant: BOM, semicolons, decimal commas, CRLF, quoting', () => {
    const text = toCsv(rows, 'excel');
    expect(text.startsWith('\uFEFFdossier;titre;moyenne;retenu\r\n')).toBe(true);
    expect(text).toContain('AIC-2026-001;"Jardins; partagés ""verts""";4,5;oui\r\n');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('writes the standard variant and neutralises formulas', () => {
    const text = toCsv(rows, 'standard');
    expect(text.startsWith('dossier,titre,moyenne,retenu\r\n')).toBe(true);
    expect(text).toContain('AIC-2026-001,"Jardins; partagés ""verts""",4.5,oui\r\n');
    expect(text).toContain(`AIC-2026-002,"'=HYPERLINK(""http://x"")",,non\r\n`);
  });
});
