// Plural forms: a message that depends on a count has two keys, `<base>.one` and `<base>.other`, and the
// language's own rule (Intl.PluralRules) picks one. French counts 0 and 1 as singular ("1 juré·e", "0 juré·e"),
// English only 1. Rules with more categories (French "many" for millions) fall back to `.other`.

import type { Language, MessageKey } from './messages';

/** The bases `b` for which both `b.one` and `b.other` are messages. */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer B}.other`
    ? `${B}.one` extends MessageKey
      ? B
      : never
    : never;
}[MessageKey];

/** The key to show for `count` in `language`. */
export function pluralKey(language: Language, base: PluralBase, count: number): MessageKey {
  const category = new Intl.PluralRules(language).select(count);
  return (category === 'one' ? `${base}.one` : `${base}.other`) as MessageKey;
}

/** `t` of the plural form of `base` chosen by `count`. */
export function tPlural(
  i18n: {
    language: Language;
    t: (key: MessageKey, values?: Record<string, string | number>) => string;
  },
  base: PluralBase,
  count: number,
  values: Record<string, string | number>,
): string {
  return i18n.t(pluralKey(i18n.language, base, count), values);
}
