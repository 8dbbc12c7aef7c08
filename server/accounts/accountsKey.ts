// The key that encrypts TOTP secrets at rest: 32 random bytes in <data>/accounts.key (mode 0600), created
// on first use. The database alone (a copied backup file) then does not reveal the secrets.

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ACCOUNTS_KEY_FILE = 'accounts.key';

export function readAccountsKey(dataDir: string): Uint8Array {
  const path = join(dataDir, ACCOUNTS_KEY_FILE);
  if (!existsSync(path)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(path, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  }
  const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${path} does not hold a 32-byte key`);
  return new Uint8Array(key);
}
