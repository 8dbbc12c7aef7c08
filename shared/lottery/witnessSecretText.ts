// Reads a witness's secret from what they paste or give: the 64 hex digits alone, or the "Secret : …" line
// of the file the witness page (/temoin) downloads. Spec: docs/lottery-spec.md, section 3 (committed secrets).

const SECRET = /^[0-9a-fA-F]{64}$/;
const SECRET_LINE = /^\s*secret\s*:\s*([0-9a-fA-F]{64})\s*$/im;

/** The secret in lowercase (the form that was hashed), or undefined when the text holds none. */
export function readWitnessSecret(text: string): string | undefined {
  const trimmed = text.trim();
  if (SECRET.test(trimmed)) return trimmed.toLowerCase();
  return SECRET_LINE.exec(text)?.[1]?.toLowerCase();
}
