import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/db/openDatabase';
import { scratchFolder } from '../../testing/runScript';
import { tornWalCase } from './tornWrites';
import { readWalLayout, tearPoint } from './walFrames';

const folder = scratchFolder();
afterAll(() => folder.dispose());
const DB = 'kleroterion.sqlite';

describe('torn write case', () => {
  it('accepts a log torn between two migrations, before the chain tables exist', async () => {
    // A fresh database whose migrations are still only in the write-ahead log, copied while open (as a
    // crash would leave it), then torn right after the first committed transaction.
    const live = folder.path('live');
    mkdirSync(live, { recursive: true });
    const db = openDatabase(live);
    const crash = folder.path('crash');
    mkdirSync(crash, { recursive: true });
    for (const file of [DB, `${DB}-wal`])
      if (existsSync(join(live, file))) copyFileSync(join(live, file), join(crash, file));
    db.close();
    const layout = readWalLayout(readFileSync(join(crash, `${DB}-wal`)));
    const tears = layout.frames.flatMap((_, i) => (tearPoint(layout, i) === undefined ? [] : [i]));
    expect(tears.length).toBeGreaterThan(1);
    const verdict = await tornWalCase(crash, folder.path('work'), () => 0);
    expect(verdict.problems).toEqual([]);
  });
});
