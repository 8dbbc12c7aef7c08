// Test and fault-run helper: the real entry point (server/index.ts) in its own process, on a data folder,
// so that it can be killed with SIGKILL like a crashed or power-cut server and started again.

import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TEST_SETUP_TOKEN } from './testServer';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Ends the process with SIGKILL (no shutdown code runs) and waits for it to be gone. */
  kill9(): Promise<void>;
  /** Asks for a clean shutdown (SIGTERM) and waits for the exit. */
  stop(): Promise<void>;
}

/**
 * Starts `server/index.ts` on `dataDir` (API only, demo clock before the quicknet fixture round) and waits
 * for the line announcing its URL. `port` 0 lets the system choose.
 * @throws if the server exits or has not announced its URL within 30 s
 */
export function startServerProcess(
  dataDir: string,
  options: { port?: number; env?: Record<string, string> } = {},
): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
      cwd: root,
      env: {
        ...process.env,
        KLEROTERION_DATA: dataDir,
        PORT: String(options.port ?? 0),
        HOST: '127.0.0.1',
        KLEROTERION_CLIENT: 'off',
        KLEROTERION_CLOCK_START: '2023-09-15T10:00:00Z',
        LOG_LEVEL: 'warn',
        KLEROTERION_SETUP_TOKEN: TEST_SETUP_TOKEN,
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start:\n${output}`));
    }, 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /écoute sur (http:\/\/[^\s]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({
          child,
          url: match[1] as string,
          kill9: async () => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
            await exited;
          },
          stop: async () => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code ?? signal}:\n${output}`));
    });
  });
}
