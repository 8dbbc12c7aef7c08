// The process a published file belongs to (a draw record's commitment, or an audit bundle), so that the
// verifier can show the demonstration banner for a demo process's files. Undefined when it names none.

export function processOfArtefact(bytes: Uint8Array): string | undefined {
  try {
    const json: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof json !== 'object' || json === null) return undefined;
    const commitment = 'commitment' in json ? json.commitment : undefined;
    const candidate =
      typeof commitment === 'object' && commitment !== null && 'process' in commitment
        ? commitment.process
        : 'process' in json
          ? json.process
          : undefined;
    return typeof candidate === 'string' && /^[A-Za-z0-9_-]{1,100}$/.test(candidate)
      ? candidate
      : undefined;
  } catch {
    return undefined;
  }
}
