// The design system's icon classes the client uses, and the icon stylesheet cut down to them. The DSFR
// ships ~1,200 icons (213 kB of CSS, an SVG file each); a page needs a dozen. vite.config.ts serves the
// result as `virtual:dsfr-icons.css`, built from the sources at every build, so a new `fr-icon-…` in
// the code or in a react-dsfr component we import is picked up without a list to maintain.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** An icon class written out in full: `fr-icon-arrow-right-line`; a class built from parts is not seen. */
const ICON_CLASS = /fr-icon-[a-z0-9]+(?:-[a-z0-9]+)*/g;

/** Every `fr-icon-…` class name written in `texts`. */
export function iconClassesIn(texts: Iterable<string>): Set<string> {
  const classes = new Set<string>();
  for (const text of texts) for (const [name] of text.matchAll(ICON_CLASS)) classes.add(name);
  return classes;
}

/**
 * The rules of a minified icon stylesheet (`selectors{declarations}` one after the other) whose every
 * selector names one of `classes`, after the licence comment; its empty media blocks are dropped.
 * @throws Error when the stylesheet holds another at-rule (its shape changed and this cut would be wrong)
 */
export function iconRulesFor(css: string, classes: ReadonlySet<string>): string {
  const licenceEnd = css.startsWith('/*') ? css.indexOf('*/') + 2 : 0;
  // The stylesheet ends with empty media blocks (only comments): nothing to keep there.
  const body = css.slice(licenceEnd).replace(/@media[^{]*\{(?:\s|\/\*[^*]*\*\/)*\}/g, '');
  if (body.includes('@')) throw new Error('icon stylesheet holds an at-rule: update iconRulesFor');
  const kept: string[] = [];
  for (const [rule, selectors] of body.matchAll(/([^{}]+)\{[^{}]*\}/g)) {
    const names = (selectors as string).match(ICON_CLASS) ?? [];
    if (names.length > 0 && names.every((name) => classes.has(name))) kept.push(rule);
  }
  return `${css.slice(0, licenceEnd)}\n${kept.join('\n')}\n`;
}

/** The files under `folder` (recursively) whose names end with one of `extensions`. */
export function filesUnder(folder: string, extensions: readonly string[]): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => extensions.some((extension) => name.endsWith(extension)))
    .map((name) => join(folder, name));
}

/** The texts of `files`. */
export const textsOf = (files: readonly string[]): string[] =>
  files.map((file) => readFileSync(file, 'utf8'));
