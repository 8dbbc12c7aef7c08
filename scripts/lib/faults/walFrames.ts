// Reads the frame layout of an SQLite write-ahead log (https://www.sqlite.org/fileformat.html#the_write_ahead_log):
// a 32-byte header, then frames of a 24-byte header and one page. Frames whose salts differ from the
// header's are left over from an earlier generation of the log and are not part of it.

export interface WalFrame {
  /** Byte offset of the frame header. */
  offset: number;
  /** A commit frame ends a transaction (its "database size after commit" field is non-zero). */
  isCommit: boolean;
}

export interface WalLayout {
  pageSize: number;
  frameSize: number;
  frames: WalFrame[];
}

const HEADER = 32;
const FRAME_HEADER = 24;

/** @throws if `wal` does not start with a WAL header */
export function readWalLayout(wal: Uint8Array): WalLayout {
  const view = new DataView(wal.buffer, wal.byteOffset, wal.byteLength);
  if (wal.byteLength < HEADER) throw new Error('the WAL is shorter than its header');
  const magic = view.getUint32(0);
  if (magic !== 0x377f0682 && magic !== 0x377f0683) throw new Error('not a WAL file');
  const pageSize = view.getUint32(8);
  const salt1 = view.getUint32(16);
  const salt2 = view.getUint32(20);
  const frameSize = FRAME_HEADER + pageSize;
  const frames: WalFrame[] = [];
  for (let offset = HEADER; offset + frameSize <= wal.byteLength; offset += frameSize) {
    if (view.getUint32(offset + 8) !== salt1 || view.getUint32(offset + 12) !== salt2) break;
    frames.push({ offset, isCommit: view.getUint32(offset + 4) !== 0 });
  }
  return { pageSize, frameSize, frames };
}

/**
 * Where to tear the log: in the middle of frame `index`, and where the last transaction committed
 * before that frame ends (the state a correct recovery must reproduce). Undefined when no transaction
 * commits before frame `index`.
 */
export function tearPoint(
  layout: WalLayout,
  index: number,
): { cutAt: number; committedEnd: number } | undefined {
  const frame = layout.frames[index];
  if (frame === undefined) return undefined;
  const before = layout.frames.slice(0, index).filter((f) => f.isCommit);
  const lastCommit = before[before.length - 1];
  if (lastCommit === undefined) return undefined;
  return {
    cutAt: frame.offset + FRAME_HEADER + Math.floor(layout.pageSize / 2),
    committedEnd: lastCommit.offset + layout.frameSize,
  };
}
