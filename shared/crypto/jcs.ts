// RFC 8785 JSON Canonicalisation Scheme, the byte form every protocol hash is taken over.
// Spec: docs/lottery-spec.md, section "Conventions" (JCS).

import canonicalizeJson from 'canonicalize';

/**
 * Serialises a JSON value in RFC 8785 canonical form.
 * @throws {Error} when the value is not representable in JSON (undefined, functions, non-finite numbers).
 */
export function canonicalize(value: unknown): string {
  const text = canonicalizeJson(value);
  if (text === undefined) throw new Error('value has no JSON representation');
  return text;
}

/**
 * Whether `text` is the canonical form of `value`, the JSON it was parsed from, optionally followed by
 * one LF: how a published file is checked to be the very bytes that were hashed.
 */
export function isCanonicalText(text: string, value: unknown): boolean {
  let canonical: string;
  try {
    canonical = canonicalize(value);
  } catch {
    return false;
  }
  return text === canonical || text === `${canonical}\n`;
}
