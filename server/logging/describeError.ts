// What the logs keep of an unexpected error: its class, its code and where it was thrown, never its
// message, which may quote user input (a name, an e-mail address, a phone number).

export interface LoggedError {
  type: string;
  code?: string;
  /** Stack frames only (the first line of a stack repeats the message and is left out). */
  frames?: string[];
}

export function describeError(error: unknown): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  const frames = error.stack
    ?.split('\n')
    .filter((line) => /^\s+at /.test(line))
    .map((line) => line.trim())
    .slice(0, 12);
  return {
    type: error.name,
    ...(typeof code === 'string' ? { code } : {}),
    ...(frames === undefined ? {} : { frames }),
  };
}
