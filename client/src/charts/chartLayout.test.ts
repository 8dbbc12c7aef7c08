import { describe, expect, it } from 'vitest';
import {
  barChartHeight,
  chartFontSize,
  labelLineChars,
  legendRows,
  wrapLabel,
} from './chartLayout';

describe('chart layout', () => {
  it('scales text with the container: readable on a phone, large on a projector', () => {
    expect(chartFontSize(358)).toBe(13);
    expect(chartFontSize(1200)).toBe(20);
    expect(chartFontSize(1856)).toBe(28);
  });

  it('wraps labels on spaces, never beyond the line length, and keeps every word', () => {
    const label = 'Valeur ajoutée de l’accompagnement par l’administration';
    const lines = wrapLabel(label, 16);
    expect(lines).toEqual(['Valeur ajoutée', 'de', 'l’accompagnement', 'par', 'l’administration']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(16);
    expect(lines.join(' ')).toBe(label);
    expect(wrapLabel('Intérêt général', 30)).toEqual(['Intérêt général']);
  });

  it('cuts a word longer than a line with a hyphen instead of letting it overflow', () => {
    expect(wrapLabel('Anticonstitutionnellement bref', 10)).toEqual([
      'Anticonst-',
      'itutionne-',
      'llement',
      'bref',
    ]);
    expect(() => wrapLabel('x', 1)).toThrow(RangeError);
  });

  it('gives labels about a third of the width, and each bar room for its lines', () => {
    expect(labelLineChars(358, 13)).toBe(17);
    expect(labelLineChars(1856, 28)).toBe(40);
    const oneLine = barChartHeight({ lines: [1, 1], fontSize: 13, legendRows: 1 });
    const wrapped = barChartHeight({ lines: [3, 3], fontSize: 13, legendRows: 1 });
    expect(wrapped).toBeGreaterThan(oneLine);
    expect(wrapped - oneLine).toBeGreaterThanOrEqual(2 * 13 * 1.25);
    expect(legendRows(['À rejeter', 'Insuffisant', 'Passable', 'Assez bien'], 358, 13)).toBe(2);
    expect(legendRows(['À rejeter', 'Insuffisant'], 1856, 28)).toBe(1);
  });
});
