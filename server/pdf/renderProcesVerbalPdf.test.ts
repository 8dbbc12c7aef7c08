import { describe, expect, it } from 'vitest';
import { buildProcesVerbal } from '../../shared/audit/procesVerbal';
import { syntheticDeliberation } from '../../shared/testing/syntheticProcess';
import { pdfPageCount, pdfTextLines } from '../testing/pdfText';
import { renderProcesVerbalPdf, toWinAnsi } from './renderProcesVerbalPdf';

describe('the procès-verbal PDF writer', () => {
  it('keeps what the standard fonts can draw and replaces the rest', () => {
    expect(toWinAnsi('2\u202f000 témoin : « œuvre » — n° 3 · ×2 …')).toBe(
      '2\u00a0000 témoin : « œuvre » — n° 3 · ×2 …',
    );
    expect(toWinAnsi('≤ 5 ✓')).toBe('? 5 ?');
  });

  it('numbers every page "page n / N", with the same text as the shared record', async () => {
    const { builder } = syntheticDeliberation({
      seats: 15,
      dossiers: 30,
      graded: 12,
      grade: (d, seat) => (seat % 3 === 0 ? 'bien' : d % 2 === 0 ? 'tres-bien' : 'assez-bien'),
    });
    const pv = buildProcesVerbal(builder.current, builder.log, { language: 'fr' });
    const pdf = await renderProcesVerbalPdf(pv, new Date('2023-09-15T12:00:00Z'));
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    const lines = pdfTextLines(pdf);
    expect(lines.filter((line) => /^page \d+ \/ \d+$/.test(line))).toEqual(
      Array.from({ length: pages }, (_, i) => `page ${i + 1} / ${pages}`),
    );
    // Every section title and every table caption of the shared record is in the file.
    for (const section of pv.sections) {
      expect(lines).toContain(section.title);
      for (const block of section.blocks)
        if (block.kind === 'table')
          expect(lines.join(' ').replace(/\s+/g, ' ')).toContain(block.caption);
    }
  });
});
