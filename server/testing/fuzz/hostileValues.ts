// Fuzzing helper: fast-check arbitraries of hostile JSON values and strings: wrong types, prototype-
// pollution keys, unicode edge cases (lone surrogates, RTL overrides, NUL, combining marks), deep nesting.

import fc from 'fast-check';

/** Keys that pollute a prototype when a parser or a merge is careless. */
export const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Strings that break naive code: control characters, lone surrogates, bidi overrides, huge numbers. */
export const UNICODE_EDGES = [
  '',
  ' ',
  '\u0000',
  '\u0000\u0001\u001f',
  '\ud800',
  '\udfff',
  '\ud83d\ude00',
  '\u202e\u202dcab',
  '\ufeff',
  'e\u0301\u0301\u0301\u0301',
  '\u200b\u200c\u200d',
  'ＡＢＣ',
  '𝕏'.repeat(50),
  '\n\r\t',
  '<script>alert(1)</script>',
  "'; DROP TABLE events; --",
  '../../../etc/passwd',
  '%00',
  'NaN',
  '1e309',
  '-0',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
] as const;

export const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...UNICODE_EDGES),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ maxLength: 12 }).map((s) => s.repeat(200)),
  );

/** A primitive of any JSON type, or none at all. */
export const wrongType = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -1, 0, 1e308, -1e-308),
    hostileString(),
    fc.constant([]),
    fc.constant({}),
  );

/** An object with a polluting own key (as JSON.parse would create it), possibly nested. */
export const pollutingObject = (fieldNames: readonly string[]): fc.Arbitrary<unknown> =>
  fc
    .tuple(
      fc.constantFrom(...POLLUTING_KEYS),
      fc.oneof(fc.constant({ isAdmin: true, polluted: 'yes' }), wrongType()),
      fc.constantFrom('', ...fieldNames),
    )
    .map(([key, value, field]) => {
      const polluted = JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value ?? null)}}`);
      return field === '' ? polluted : { [field]: polluted, ...JSON.parse(`{"${key}":{}}`) };
    });

/** JSON text nested `depth` levels deep, as arrays or objects. */
export function deepJsonText(depth: number, asObject: boolean): string {
  return asObject
    ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
    : `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

/** Any hostile JSON-able value: an object with the expected field names holding wrong values, or worse. */
export const hostileValue = (fieldNames: readonly string[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    wrongType(),
    pollutingObject(fieldNames),
    fc.dictionary(
      fieldNames.length > 0 ? fc.constantFrom(...fieldNames) : hostileString(),
      wrongType(),
      { maxKeys: 4 },
    ),
    fc.dictionary(hostileString(), wrongType(), { maxKeys: 3 }),
    fc.jsonValue({ maxDepth: 4 }),
    fc
      .integer({ min: 50, max: 400 })
      .map((depth) => JSON.parse(deepJsonText(depth, depth % 2 === 0))),
  );
