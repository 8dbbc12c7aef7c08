// Chart labels broken into lines of at most `maxChars` characters (a word longer than that keeps its own
// line), so that a narrow chart shows every label whole instead of clipping it.

export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** How many characters fit on a label line when labels may take about 45 % of a chart `width` px wide. */
export const labelChars = (width: number): number => Math.max(12, Math.floor((width * 0.45) / 7));
