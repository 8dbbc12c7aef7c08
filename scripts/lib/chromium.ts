// Finds the Chromium the browser tests drive, and provisions one on a fresh machine: `npm test` runs
// scripts/ensureChromium.ts first, and e2e/harness/browser.ts launches the path found here.
// Every probe (environment, file system, user, command runner) is injected, so the decision is tested.

import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';

/** Where a Debian or Ubuntu package, or Google's, puts the browser. */
export const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];
/** The same browsers looked up on PATH (another distribution, a manual install). */
export const CHROMIUM_COMMANDS = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
];

/** The one line printed when no browser is found and none can be installed. */
export const INSTALL_HINT =
  'Chromium not found: install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable, then run npm test again.';

export interface ChromiumProbes {
  env: Readonly<Record<string, string | undefined>>;
  isExecutable(path: string): boolean;
  isRoot: boolean;
  /** Runs a command with the terminal attached; answers its exit status. */
  run(command: string, args: readonly string[], env?: Record<string, string>): number;
  print(line: string): void;
}

export type ChromiumSearch =
  | { found: true; path: string }
  | { found: false; reason: 'badChromiumPath' | 'absent'; detail: string };

/**
 * The browser to use: CHROMIUM_PATH when set (it must be executable: a wrong path is reported, not
 * silently replaced), else the first known path, else the first known command on PATH.
 * KLEROTERION_CHROMIUM_CANDIDATES (paths separated by ':') replaces both lists: it lets the test command be
 * tried as on a machine without Chromium.
 */
export function findChromium(probes: Pick<ChromiumProbes, 'env' | 'isExecutable'>): ChromiumSearch {
  const { env, isExecutable } = probes;
  const explicit = env['CHROMIUM_PATH'];
  if (explicit !== undefined && explicit !== '')
    return isExecutable(explicit)
      ? { found: true, path: explicit }
      : {
          found: false,
          reason: 'badChromiumPath',
          detail: `CHROMIUM_PATH=${explicit} is not an executable file: fix or unset it, then run npm test again.`,
        };
  const override = env['KLEROTERION_CHROMIUM_CANDIDATES'];
  const candidates =
    override !== undefined
      ? override.split(':').filter((path) => path !== '')
      : [
          ...CHROMIUM_PATHS,
          ...(env['PATH'] ?? '')
            .split(delimiter)
            .filter((folder) => folder !== '')
            .flatMap((folder) => CHROMIUM_COMMANDS.map((command) => join(folder, command))),
        ];
  const path = candidates.find((candidate) => isExecutable(candidate));
  return path === undefined
    ? { found: false, reason: 'absent', detail: INSTALL_HINT }
    : { found: true, path };
}

export type EnsureOutcome = { ok: true; path: string; installed: boolean } | { ok: false };

/**
 * Finds Chromium; when there is none and we are root, installs Debian's package (apt-get update, then
 * apt-get install -y chromium) and looks again. Otherwise prints one line saying what to install.
 */
export function ensureChromium(probes: ChromiumProbes): EnsureOutcome {
  const first = findChromium(probes);
  if (first.found) return { ok: true, path: first.path, installed: false };
  if (first.reason === 'badChromiumPath' || !probes.isRoot) {
    probes.print(first.detail);
    return { ok: false };
  }
  probes.print('Chromium not found: installing Debian’s package (apt-get install -y chromium)…');
  const noninteractive = { DEBIAN_FRONTEND: 'noninteractive' };
  const installed =
    probes.run('apt-get', ['update'], noninteractive) === 0 &&
    probes.run(
      'apt-get',
      ['install', '-y', '--no-install-recommends', 'chromium'],
      noninteractive,
    ) === 0;
  const second = findChromium(probes);
  if (installed && second.found) return { ok: true, path: second.path, installed: true };
  probes.print(`apt-get could not install Chromium. ${INSTALL_HINT}`);
  return { ok: false };
}

/** The probes of this machine and process. */
export function systemProbes(): ChromiumProbes {
  return {
    env: process.env,
    isExecutable: (path) => {
      try {
        accessSync(path, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    run: (command, args, env = {}) =>
      spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1,
    print: (line) => console.error(line),
  };
}

/**
 * The browser for the tests, found as `npm test` found it.
 * @throws Error with the install hint when there is none
 */
export function chromiumPath(): string {
  const search = findChromium(systemProbes());
  if (!search.found) throw new Error(search.detail);
  return search.path;
}
