// The recipient's address block as La Poste's address standard (NF Z 10-011) allows it: 1 to 6 lines of at
// most 38 characters, none empty, in characters the letter's fonts can print (Windows-1252). The letters print the lines exactly as given; the register import checks
// them first, and the letters check again so that a bad line never reaches the printer.

import { ErrorCode, KleroterionError } from '../../shared/errors';
import { toWinAnsi } from '../pdf/renderProcesVerbalPdf';

export const ADDRESS_MAX_LINES = 6;
export const ADDRESS_MAX_CHARACTERS = 38;

/**
 * Checks one recipient's address lines.
 * @throws KleroterionError INVALID_ARGUMENT naming the letter (1-based), the line and what is wrong
 */
export function checkAddressLines(lines: readonly string[], letter: number): void {
  const where = `Letter ${letter}: the address`;
  if (lines.length === 0 || lines.length > ADDRESS_MAX_LINES)
    throw new KleroterionError(
      ErrorCode.InvalidArgument,
      `${where} has ${lines.length} lines; it must have 1 to ${ADDRESS_MAX_LINES} (NF Z 10-011).`,
      { line: letter, field: 'addressLines' },
    );
  for (const [index, line] of lines.entries()) {
    const field = `addressLines[${index}]`;
    const length = [...line].length;
    if (line.trim() === '')
      throw new KleroterionError(
        ErrorCode.InvalidArgument,
        `${where}'s line ${index + 1} is empty; an address has no blank line (NF Z 10-011).`,
        { line: letter, field },
      );
    if (length > ADDRESS_MAX_CHARACTERS)
      throw new KleroterionError(
        ErrorCode.InvalidArgument,
        `${where}'s line ${index + 1} has ${length} characters; at most ${ADDRESS_MAX_CHARACTERS} (NF Z 10-011).`,
        { line: letter, field },
      );
    if ([...line].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f))
      throw new KleroterionError(
        ErrorCode.InvalidArgument,
        `${where}'s line ${index + 1} holds a control character (a line break or a tab).`,
        { line: letter, field },
      );
    // The letters use the standard PDF fonts: a character outside Windows-1252 would print as "?".
    const unprintable = [...line.normalize('NFC')].find(
      (char) => toWinAnsi(char) !== char && !/[\u202f\u2009]/.test(char),
    );
    if (unprintable !== undefined)
      throw new KleroterionError(
        ErrorCode.InvalidArgument,
        `${where}'s line ${index + 1} holds "${unprintable}", which the letter cannot print; write it in Latin letters.`,
        { line: letter, field },
      );
  }
}
