import fc from 'fast-check';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { decodeQrModules } from './qrDecode';

function modulesOf(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, row) =>
    Array.from({ length: modules.size }, (_, col) => modules.get(row, col) !== 0),
  );
}

describe('the test QR reader', () => {
  it('reads back what the qrcode package encodes, in every mode and mask, versions 1 to 12', () => {
    const text = fc.oneof(
      fc.string({ minLength: 1, maxLength: 180 }),
      fc.stringMatching(/^[0-9]{1,300}$/),
      fc.stringMatching(/^[0-9A-Z $%*+\-./:]{1,250}$/),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
      fc.stringMatching(/^https:\/\/[a-z.]{3,30}\/inscription\?code=[0-9A-Z-]{34}$/),
    );
    fc.assert(
      fc.property(text, (value) => {
        const grid = modulesOf(value);
        fc.pre(grid.length <= 17 + 4 * 12);
        expect(decodeQrModules(grid)).toBe(value);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a grid whose format bits were damaged', () => {
    const grid = modulesOf('https://jury.example.fr/inscription?code=ABCD');
    grid[8]![0] = !grid[8]![0];
    grid[8]![1] = !grid[8]![1];
    grid[8]![2] = !grid[8]![2];
    grid[8]![3] = !grid[8]![3];
    expect(() => decodeQrModules(grid)).toThrow(/format bits/);
  });
});
