// Reads a register's ids back in canonical order, a page at a time, letting the server breathe between pages.

import type { RegisterRepository } from '../repositories/registerRepository';

const PAGE_IDS = 50_000;

/** The ids of an import in canonical order, with their stratum numbers, a page at a time. */
export async function scanRegisterIds(
  repository: RegisterRepository,
  importNo: number,
  visit: (id: string, stratumNo: number | null) => void,
  pageSize = PAGE_IDS,
  /** Awaited between pages (a consumer's back-pressure). */
  between?: () => Promise<void>,
): Promise<void> {
  const page = repository.idPage(importNo);
  let after = '';
  for (;;) {
    const rows = page(after, pageSize);
    for (const [id, stratumNo] of rows) visit(id, stratumNo);
    if (rows.length < pageSize) return;
    after = (rows[rows.length - 1] as [string, number | null])[0];
    await between?.();
    // Lets the server answer other requests between pages.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
