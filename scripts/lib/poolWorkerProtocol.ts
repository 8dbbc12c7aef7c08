// Messages between the parallel pool loader and its workers.

/** One RFC 6962 subtree to hash: its ids in canonical order, joined by LF (validated ids hold no LF). */
export interface SubtreeTask {
  idsText: string;
}

export type SubtreeReply = { ok: true; levels: Uint8Array[] } | { ok: false; message: string };
