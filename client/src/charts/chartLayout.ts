// Layout of the horizontal bar charts (room reveal, results): text that scales with the container (a
// 390 px phone, a 1920 px projector), category labels wrapped on word boundaries so they are never
// clipped, and a height that leaves every wrapped label its room.

/** Font size (px) for a chart `width` px wide: never below 13 px, up to 28 px on a projector. */
export function chartFontSize(width: number): number {
  return Math.round(Math.min(28, Math.max(13, width / 60)));
}

/** Characters per label line so the label column takes at most about a third of the width. */
export function labelLineChars(width: number, fontSize: number): number {
  // An average glyph of system sans-serif fonts is about 0.55 em wide.
  return Math.max(10, Math.floor((width * 0.34) / (fontSize * 0.55)));
}

/**
 * Splits a label into lines of at most `maxChars` characters, on spaces; a word longer than a line is cut
 * (with a hyphen) rather than allowed to overflow, unless `cutLongWords` is false: it then keeps a line of
 * its own.
 * @throws {RangeError} when maxChars is below 2.
 */
export function wrapLabel(
  text: string,
  maxChars: number,
  { cutLongWords = true }: { cutLongWords?: boolean } = {},
): string[] {
  if (!(maxChars >= 2)) throw new RangeError('maxChars: at least 2 characters per line');
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    let rest = word;
    while (cutLongWords && rest.length > maxChars) {
      if (line !== '') {
        lines.push(line);
        line = '';
      }
      lines.push(`${rest.slice(0, maxChars - 1)}-`);
      rest = rest.slice(maxChars - 1);
    }
    if (line === '') line = rest;
    else if (line.length + 1 + rest.length <= maxChars) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length === 0 ? [''] : lines;
}

/** Legend rows Chart.js will need for these item labels at this width (box, gap and padding included). */
export function legendRows(labels: readonly string[], width: number, fontSize: number): number {
  let rows = 1;
  let used = 0;
  for (const label of labels) {
    const item = (label.length * 0.6 + 3.5) * fontSize;
    if (used > 0 && used + item > width) {
      rows++;
      used = 0;
    }
    used += item;
  }
  return rows;
}

/** Height (px) of a horizontal bar chart whose bars carry `lines` label lines each. */
export function barChartHeight(options: {
  lines: readonly number[];
  fontSize: number;
  legendRows: number;
}): number {
  const { lines, fontSize } = options;
  const lineHeight = fontSize * 1.25;
  const bars = lines.reduce((sum, n) => sum + Math.max(n * lineHeight, fontSize * 2) + fontSize, 0);
  const legend = options.legendRows * (fontSize * 1.6) + fontSize;
  const axis = fontSize * 2.5;
  return Math.ceil(bars + legend + axis);
}
