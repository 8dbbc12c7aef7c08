import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INSTALL_HINT, ensureChromium, findChromium, type ChromiumProbes } from './lib/chromium';

/** A machine described by its executables; records what it was asked to run and print. */
function machine(options: {
  executables?: string[];
  env?: Record<string, string>;
  isRoot?: boolean;
  /** What apt-get install puts on the disk, and its exit statuses (update, install). */
  aptInstalls?: string[];
  aptStatus?: [number, number];
}) {
  const executables = new Set(options.executables ?? []);
  const ran: string[] = [];
  const printed: string[] = [];
  const probes: ChromiumProbes = {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...options.env },
    isExecutable: (path) => executables.has(path),
    isRoot: options.isRoot ?? false,
    run: (command, args, env) => {
      ran.push([command, ...args].join(' '));
      expect(env?.['DEBIAN_FRONTEND']).toBe('noninteractive');
      const [update, install] = options.aptStatus ?? [0, 0];
      if (args[0] === 'update') return update;
      if (install === 0) for (const path of options.aptInstalls ?? []) executables.add(path);
      return install;
    },
    print: (line) => printed.push(line),
  };
  return { probes, ran, printed };
}

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first when it is executable', () => {
    const { probes } = machine({
      executables: ['/opt/chrome/chrome', '/usr/bin/chromium'],
      env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
    });
    expect(findChromium(probes)).toEqual({ found: true, path: '/opt/chrome/chrome' });
  });

  it('reports a CHROMIUM_PATH that is not executable instead of quietly using another browser', () => {
    const { probes } = machine({
      executables: ['/usr/bin/chromium'],
      env: { CHROMIUM_PATH: '/opt/nothing' },
    });
    const search = findChromium(probes);
    expect(search).toMatchObject({ found: false, reason: 'badChromiumPath' });
    expect(!search.found && search.detail).toContain('/opt/nothing');
  });

  it.each([
    ['/usr/bin/chromium'],
    ['/usr/bin/chromium-browser'],
    ['/usr/bin/google-chrome'],
    ['/usr/local/bin/google-chrome-stable'],
  ])('finds %s', (path) => {
    expect(findChromium(machine({ executables: [path] }).probes)).toEqual({ found: true, path });
  });

  it('prefers Debian’s chromium to Chrome', () => {
    const { probes } = machine({ executables: ['/usr/bin/google-chrome', '/usr/bin/chromium'] });
    expect(findChromium(probes)).toEqual({ found: true, path: '/usr/bin/chromium' });
  });

  it('searches only KLEROTERION_CHROMIUM_CANDIDATES when set (a machine without Chromium)', () => {
    const { probes } = machine({
      executables: ['/usr/bin/chromium'],
      env: { KLEROTERION_CHROMIUM_CANDIDATES: '/nowhere/chromium' },
    });
    expect(findChromium(probes)).toEqual({ found: false, reason: 'absent', detail: INSTALL_HINT });
  });
});

describe('ensureChromium', () => {
  it('runs nothing when a browser is there', () => {
    const { probes, ran, printed } = machine({ executables: ['/usr/bin/chromium'], isRoot: true });
    expect(ensureChromium(probes)).toEqual({
      ok: true,
      path: '/usr/bin/chromium',
      installed: false,
    });
    expect(ran).toEqual([]);
    expect(printed).toEqual([]);
  });

  it('as root on a machine without one, installs Debian’s chromium and uses it', () => {
    const { probes, ran } = machine({ isRoot: true, aptInstalls: ['/usr/bin/chromium'] });
    expect(ensureChromium(probes)).toEqual({
      ok: true,
      path: '/usr/bin/chromium',
      installed: true,
    });
    expect(ran).toEqual(['apt-get update', 'apt-get install -y --no-install-recommends chromium']);
  });

  it('as another user, prints one line saying what to install and installs nothing', () => {
    const { probes, ran, printed } = machine({ isRoot: false });
    expect(ensureChromium(probes)).toEqual({ ok: false });
    expect(ran).toEqual([]);
    expect(printed).toEqual([INSTALL_HINT]);
    expect(INSTALL_HINT).toContain('apt-get install -y chromium');
    expect(INSTALL_HINT).not.toContain('\n');
  });

  it('as root, fails with the hint when apt-get fails, and skips the install when update fails', () => {
    const failedInstall = machine({ isRoot: true, aptStatus: [0, 100] });
    expect(ensureChromium(failedInstall.probes)).toEqual({ ok: false });
    expect(failedInstall.printed.at(-1)).toContain(INSTALL_HINT);
    const failedUpdate = machine({ isRoot: true, aptStatus: [100, 0] });
    expect(ensureChromium(failedUpdate.probes)).toEqual({ ok: false });
    expect(failedUpdate.ran).toEqual(['apt-get update']);
  });

  it('never installs over a wrong CHROMIUM_PATH, even as root', () => {
    const { probes, ran, printed } = machine({ isRoot: true, env: { CHROMIUM_PATH: '/x' } });
    expect(ensureChromium(probes)).toEqual({ ok: false });
    expect(ran).toEqual([]);
    expect(printed).toHaveLength(1);
  });
});

describe('scripts/ensureChromium.ts, as npm test runs it', () => {
  const script = fileURLToPath(new URL('./ensureChromium.ts', import.meta.url));
  const run = (env: Record<string, string>) =>
    new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        ['--import', 'tsx', script],
        { env: { ...process.env, CHROMIUM_PATH: '', ...env } },
        (error, _stdout, stderr) =>
          resolve({ code: error === null ? 0 : Number(error.code ?? 1), stderr }),
      ),
    );

  it('exits 0 silently when a candidate is executable', async () => {
    expect(await run({ KLEROTERION_CHROMIUM_CANDIDATES: process.execPath })).toEqual({
      code: 0,
      stderr: '',
    });
  });

  it('exits 1 with one line for a wrong CHROMIUM_PATH', async () => {
    const { code, stderr } = await run({ CHROMIUM_PATH: '/nowhere/chromium' });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'CHROMIUM_PATH=/nowhere/chromium is not an executable file: fix or unset it, then run npm test again.',
    ]);
  });
});
