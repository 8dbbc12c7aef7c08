// Chart labels broken into lines of at most `maxChars` characters (a word longer than that keeps its own
// line), so that a narrow chart shows every label whole instead of clipping it.

import { wrapLabel as wrapChartLabel } from '../charts/chartLayout';

export const wrapLabel = (text: string, maxChars: number): string[] =>
  wrapChartLabel(text, maxChars, { cutLongWords: false });

/** How many characters fit on a label line when labels may take about 45 % of a chart `width` px wide. */
export const labelChars = (width: number): number => Math.max(12, Math.floor((width * 0.45) / 7));
