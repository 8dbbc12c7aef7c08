// The real entry point refuses to start with an incomplete SMTP setting, and says which variable is wrong.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess } from '../testing/serverProcess';

const dataDir = mkdtempSync(join(tmpdir(), 'kleroterion-mail-settings-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('mail settings at start', () => {
  it('stops with a clear sentence when SMTP is set without a sender', async () => {
    await expect(
      startServerProcess(dataDir, {
        env: { KLEROTERION_DEMO: 'off', KLEROTERION_SMTP_URL: 'smtp://127.0.0.1:2525' },
      }),
    ).rejects.toThrow(
      /server exited with 1:[\s\S]*Configuration de la messagerie invalide : KLEROTERION_MAIL_FROM is required with KLEROTERION_SMTP_URL/,
    );
  }, 30_000);
});
