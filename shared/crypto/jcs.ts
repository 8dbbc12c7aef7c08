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
