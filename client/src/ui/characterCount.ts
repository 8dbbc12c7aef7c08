// What a character counter says: how long the answer is against its limits (the message's plural base
// and values; the component picks the language's plural form).

export type CountState = 'short' | 'ok' | 'over';

/** The counter's state for `count` characters within `[min, max]`, and its message's values. */
export function characterCountState(
  count: number,
  [min, max]: readonly [number, number],
): { state: CountState; values: Record<string, number> } {
  if (count > max) return { state: 'over', values: { count, max, excess: count - max } };
  return { state: count < min ? 'short' : 'ok', values: { count, min, max } };
}
