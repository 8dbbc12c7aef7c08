import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clientBuildIsStale } from './clientBuildIsStale';

const root = mkdtempSync(join(tmpdir(), 'kleroterion-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('clientBuildIsStale', () => {
  it('asks for a build when there is none, or when a source is newer than it', () => {
    const clientDir = join(root, 'dist', 'client');
    mkdirSync(join(root, 'client', 'src'), { recursive: true });
    mkdirSync(join(root, 'shared'), { recursive: true });
    const source = join(root, 'client', 'src', 'App.tsx');
    writeFileSync(source, 'export {};');
    expect(clientBuildIsStale(root, clientDir)).toBe(true);
    mkdirSync(clientDir, { recursive: true });
    const built = join(clientDir, 'index.html');
    writeFileSync(built, '<!doctype html>');
    const past = new Date('2026-01-01T00:00:00Z');
    const later = new Date('2026-01-02T00:00:00Z');
    for (const path of [
      source,
      join(root, 'client', 'src'),
      join(root, 'client'),
      join(root, 'shared'),
    ])
      utimesSync(path, past, past);
    utimesSync(built, later, later);
    expect(clientBuildIsStale(root, clientDir)).toBe(false);
    utimesSync(source, new Date('2026-01-03T00:00:00Z'), new Date('2026-01-03T00:00:00Z'));
    expect(clientBuildIsStale(root, clientDir)).toBe(true);
  });
});
