// The header row of an imported CSV (volunteers, register): names trimmed, compared without case, every
// column named once. Problems carry the line, column and field, with a stable code.

export interface CsvProblem {
  line: number;
  column?: number;
  field?: string;
  code: string;
  message: string;
}

/** Each column's index by its lower-cased name, and the header's problems (empty or repeated names). */
export function indexHeader(names: readonly string[]): {
  indexOf: Map<string, number>;
  problems: CsvProblem[];
} {
  const problems: CsvProblem[] = [];
  const indexOf = new Map<string, number>();
  names.forEach((name, i) => {
    const key = name.toLowerCase();
    if (key === '')
      problems.push({
        line: 1,
        column: i + 1,
        code: 'EMPTY_HEADER',
        message: `column ${i + 1} has no name`,
      });
    else if (indexOf.has(key))
      problems.push({
        line: 1,
        column: i + 1,
        field: name,
        code: 'DUPLICATE_HEADER',
        message: `column "${name}" appears twice`,
      });
    else indexOf.set(key, i);
  });
  return { indexOf, problems };
}
