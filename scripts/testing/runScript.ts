// Test harness: runs one of the project's CLIs as a real child process, exactly as `npm run -s` would.

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface ScriptResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/<name>.ts` with tsx and returns its exit code and output. */
export function runScript(
  name: string,
  args: readonly string[],
  cwd = root,
): Promise<ScriptResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts', `${name}.ts`), ...args],
      { cwd, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A scratch folder with helpers to write files into it; remove it with `dispose`. */
export function scratchFolder(): {
  path: (name: string) => string;
  write: (name: string, content: string | Uint8Array) => string;
  dispose: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'kleroterion-test-'));
  return {
    path: (name) => join(dir, name),
    write: (name, content) => {
      const file = join(dir, name);
      writeFileSync(file, content);
      return file;
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
