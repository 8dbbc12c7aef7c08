// Reads a revealed secret from the file its holder kept: the organiser's download ({label, value}), a
// witness's command-line output ({secret}) or the text file a witness downloads from /temoin.

import { readWitnessSecret } from '../../../../shared/lottery/witnessSecretText';

/** The secret in `file`, or undefined when it holds none that can be read. */
export async function secretFromFile(file: File): Promise<string | undefined> {
  const text = await file.text();
  // The text file a witness downloads from /temoin ("Secret : …").
  const witnessSecret = readWitnessSecret(text);
  if (witnessSecret !== undefined) return witnessSecret;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const candidate =
      'value' in parsed ? parsed.value : 'secret' in parsed ? parsed.secret : undefined;
    return typeof candidate === 'string' && candidate.trim() !== '' ? candidate.trim() : undefined;
  } catch {
    return undefined;
  }
}
