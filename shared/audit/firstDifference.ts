// Names where two JSON values first differ, so that a verifier can say which field was changed.

/** A JSON path such as `results.dossiers[2].rank`, or undefined when the values are equal as JSON. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | undefined {
  if (Object.is(a, b)) return undefined;
  const here = path === '' ? '(root)' : path;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return here;
  if (Array.isArray(a) !== Array.isArray(b)) return here;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${here} (length ${a.length}, expected ${b.length})`;
    for (let i = 0; i < a.length; i++) {
      const found = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])].sort();
  for (const key of keys) {
    if (!(key in x) || !(key in y)) return path === '' ? key : `${path}.${key}`;
    const found = firstDifference(x[key], y[key], path === '' ? key : `${path}.${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}
