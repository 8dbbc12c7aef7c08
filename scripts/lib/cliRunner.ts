// Shared command-line plumbing: uniform error output and exit codes for every Kleroterion CLI.

import { KleroterionError } from '../../shared/errors';

/** Exit codes: 0 success, 1 verification failed, 2 bad input or usage. */
export const ExitCode = { Ok: 0, VerificationFailed: 1, BadInput: 2 } as const;

/** A usage mistake (unknown option, missing argument); printed with the command's help hint. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Runs a CLI body, turning expected errors into one clear stderr line and a non-zero exit. */
export async function runCli(program: string, body: () => Promise<number> | number): Promise<void> {
  try {
    process.exitCode = await body();
  } catch (error) {
    if (error instanceof KleroterionError) {
      process.stderr.write(`${program}: error [${error.code}]: ${error.message}\n`);
    } else if (error instanceof UsageError || isNodeArgError(error)) {
      process.stderr.write(
        `${program}: ${(error as Error).message}\n(run "npm run -s ${program} -- --help" for usage)\n`,
      );
    } else if (isFileError(error)) {
      process.stderr.write(
        `${program}: error [FILE]: ${error.path}: ${describeFileError(error.code)}\n`,
      );
    } else {
      throw error;
    }
    process.exitCode = ExitCode.BadInput;
  }
}

/**
 * Runs a CLI made of subcommands (`draw commit …`, `draw reveal …`): the first argument names one of
 * `commands`, which gets the rest. No argument prints the help and exits 2; `--help`, `-h` or `help`
 * print it and exit 0; an unknown name is a usage error listing the known ones.
 */
export function runSubcommands(
  program: string,
  help: string,
  commands: Record<string, (args: string[]) => Promise<number> | number>,
): Promise<void> {
  return runCli(program, () => {
    const [command, ...rest] = process.argv.slice(2);
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(`${help}\n`);
      return command === undefined ? ExitCode.BadInput : ExitCode.Ok;
    }
    const run = Object.hasOwn(commands, command) ? commands[command] : undefined;
    if (run === undefined)
      throw new UsageError(
        `unknown command ${JSON.stringify(command)} (${Object.keys(commands).join(', ')})`,
      );
    return run(rest);
  });
}

function isNodeArgError(error: unknown): boolean {
  const code: unknown =
    error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

function isFileError(error: unknown): error is { code: string; path: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { path?: unknown }).path === 'string' &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

function describeFileError(code: string): string {
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EEXIST':
      return 'already exists; refusing to overwrite it';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
      return 'permission denied';
    default:
      return code;
  }
}
