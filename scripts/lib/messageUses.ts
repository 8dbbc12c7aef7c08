// Which message keys a part of the client can use, read from its sources: the test of the message
// areas (client/src/i18n/messageAreas.test.ts) checks with it that every page's dictionary (the shell's
// and the page's areas, client/src/i18n/messageAreas.ts) holds every key the page's modules name.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

function resolveModule(from: string, specifier: string): string | undefined {
  const base = join(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

/**
 * The files of our own sources that `entry` runs (itself, and what it imports, transitively): static
 * imports always, `import('…')` too unless `dynamic` is false; a type-only import runs nothing, a
 * package is not ours, and a file for which `stop` answers true is left out with what only it imports.
 */
export function moduleGraph(
  entry: string,
  options: { dynamic: boolean; stop?: (file: string) => boolean },
): Set<string> {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = scan(readFileSync(file, 'utf8')).code;
    const specifiers = [
      ...[...source.matchAll(/\b(?:import|export)\s+(type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g)]
        .filter((match) => match[1] === undefined)
        .map((match) => match[2] as string),
      ...[...source.matchAll(/\bimport\s*['"]([^'"]+)['"]/g)].map((match) => match[1] as string),
      ...(options.dynamic
        ? [...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] as string)
        : []),
    ];
    for (const specifier of specifiers) {
      if (!specifier.startsWith('.')) continue;
      const resolved = resolveModule(file, specifier);
      if (resolved !== undefined && !(options.stop?.(resolved) ?? false)) pending.push(resolved);
    }
  }
  return seen;
}

/** A module's text read apart: its string literals, and its code without comments. */
export interface Scanned {
  /** Each string literal, with whether it is the fixed beginning of a template (before its first `${`). */
  literals: { text: string; prefix: boolean }[];
  /** The source without its comments (an example in a comment is no import and no key). */
  code: string;
}

/**
 * Reads `source` apart: comments, quoted strings and template literals (with their placeholders, which
 * are code again). A quote left open at the end of its line (an apostrophe in JSX text) closes there.
 */
export function scan(source: string): Scanned {
  const literals: Scanned['literals'] = [];
  let code = '';
  // The open template literals and placeholders, innermost last: a placeholder counts its braces.
  const stack: (
    { kind: 'template'; text: string; placeholders: number } | { kind: 'code'; depth: number }
  )[] = [];
  let index = 0;
  while (index < source.length) {
    const top = stack.at(-1);
    const char = source[index] as string;
    const next = source[index + 1];
    if (top?.kind === 'template') {
      const step = char === '\\' ? 2 : char === '$' && next === '{' ? 2 : 1;
      code += source.slice(index, index + step);
      if (char === '`') {
        if (top.placeholders === 0) literals.push({ text: top.text, prefix: false });
        stack.pop();
      } else if (step === 2 && char === '$') {
        if (top.placeholders === 0) literals.push({ text: top.text, prefix: true });
        top.placeholders += 1;
        stack.push({ kind: 'code', depth: 0 });
      } else top.text += source.slice(index, index + step);
      index += step;
      continue;
    }
    if (char === '/' && (next === '/' || next === '*')) {
      const end = next === '/' ? source.indexOf('\n', index) : source.indexOf('*/', index + 2) + 2;
      index = end < 2 || end === -1 ? source.length : end;
    } else if (char === "'" || char === '"') {
      let close = index + 1;
      while (close < source.length && source[close] !== char && source[close] !== '\n')
        close += source[close] === '\\' ? 2 : 1;
      if (source[close] === char)
        literals.push({ text: source.slice(index + 1, close), prefix: false });
      code += source.slice(index, close + 1);
      index = close + 1;
    } else {
      if (char === '`') stack.push({ kind: 'template', text: '', placeholders: 0 });
      else if (top?.kind === 'code') {
        if (char === '{') top.depth += 1;
        else if (char === '}' && top.depth === 0) stack.pop();
        else if (char === '}') top.depth -= 1;
      }
      code += char;
      index += 1;
    }
  }
  return { literals, code };
}

/**
 * The keys among `keys` that `files` name: every string literal that is a key, and for a template
 * literal that starts with a key's beginning (`room.phase.${phase}`), every key that starts so.
 */
export function keysNamedIn(files: Iterable<string>, keys: ReadonlySet<string>): Set<string> {
  const named = new Set<string>();
  const all = [...keys];
  for (const file of files)
    for (const { text, prefix } of scan(readFileSync(file, 'utf8')).literals) {
      if (!prefix) {
        if (keys.has(text)) named.add(text);
        // A plural's base (i18n/plural.ts): its forms are `<base>.one` and `<base>.other`.
        for (const form of [`${text}.one`, `${text}.other`]) if (keys.has(form)) named.add(form);
      } else if (/^[a-zA-Z][\w.]*\.$/.test(text))
        for (const key of all) if (key.startsWith(text)) named.add(key);
    }
  return named;
}

/** Where the client's sources are, and what the message areas are (client/src/i18n/messageAreas.ts). */
export interface ClientSources {
  /** client/src */
  root: string;
  /** Each page area and its entry module, relative to `root` without extension. */
  pages: Readonly<Record<string, string>>;
  /** Every key of the aggregate (client/src/i18n/messages.ts). */
  keys: ReadonlySet<string>;
}

/** The dictionaries (messages.ts and the per-file dictionaries it merges): they name every key. */
export function dictionaryFiles(root: string): Set<string> {
  return moduleGraph(join(root, 'i18n/messages.ts'), { dynamic: false });
}

/**
 * The keys of each area: the shell's are those the first chunk's modules name (client/src/main.tsx and
 * its static imports), a page's those its modules name (its entry, static and dynamic imports) that
 * the shell does not hold already.
 */
export function areaKeys(sources: ClientSources): Record<string, Set<string>> {
  const dictionaries = dictionaryFiles(sources.root);
  const stop = (file: string) => dictionaries.has(file);
  const shellFiles = moduleGraph(join(sources.root, 'main.tsx'), { dynamic: false, stop });
  const shell = keysNamedIn(shellFiles, sources.keys);
  const areas: Record<string, Set<string>> = { shell };
  for (const [area, entry] of Object.entries(sources.pages)) {
    const file = resolveModule(join(sources.root, 'main.tsx'), `./${entry}`);
    if (file === undefined) throw new Error(`message area ${area}: no module ${entry}`);
    const files = moduleGraph(file, { dynamic: true, stop });
    areas[area] = new Set([...keysNamedIn(files, sources.keys)].filter((key) => !shell.has(key)));
  }
  return areas;
}
