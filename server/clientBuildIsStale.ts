// Whether the built client is missing or older than its sources (client/, shared/ and the Vite
// configuration), so that `npm start` rebuilds it after an update instead of serving stale pages.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function clientBuildIsStale(root: string, clientDir: string): boolean {
  const built = join(clientDir, 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  const sources = [
    join(root, 'client', 'src'),
    join(root, 'client', 'index.html'),
    join(root, 'shared'),
    join(root, 'vite.config.ts'),
  ];
  return sources.some((source) => existsSync(source) && newestMtime(source) > builtAt);
}
