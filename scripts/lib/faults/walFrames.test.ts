import { describe, expect, it } from 'vitest';
import { readWalLayout, tearPoint } from './walFrames';

const PAGE = 512;

/** A WAL image: header salts (1, 2), then frames with the given commit flags and salts. */
function wal(frames: { commit: boolean; salt?: [number, number] }[]): Uint8Array {
  const bytes = new Uint8Array(32 + frames.length * (24 + PAGE));
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x377f0682);
  view.setUint32(8, PAGE);
  view.setUint32(16, 1);
  view.setUint32(20, 2);
  frames.forEach((frame, i) => {
    const offset = 32 + i * (24 + PAGE);
    view.setUint32(offset, i + 1);
    view.setUint32(offset + 4, frame.commit ? 10 : 0);
    view.setUint32(offset + 8, frame.salt?.[0] ?? 1);
    view.setUint32(offset + 12, frame.salt?.[1] ?? 2);
  });
  return bytes;
}

describe('WAL layout', () => {
  it('lists the frames of the current generation and stops at a stale salt', () => {
    const layout = readWalLayout(
      wal([{ commit: false }, { commit: true }, { commit: true }, { commit: true, salt: [7, 8] }]),
    );
    expect(layout.pageSize).toBe(PAGE);
    expect(layout.frames.map((frame) => frame.isCommit)).toEqual([false, true, true]);
  });

  it('tears in the middle of a frame and keeps what committed before it', () => {
    const layout = readWalLayout(wal([{ commit: false }, { commit: true }, { commit: false }]));
    expect(tearPoint(layout, 2)).toEqual({
      cutAt: 32 + 2 * (24 + PAGE) + 24 + PAGE / 2,
      committedEnd: 32 + 2 * (24 + PAGE),
    });
    // Nothing committed before the first two frames: no tear point there.
    expect(tearPoint(layout, 1)).toBeUndefined();
    expect(tearPoint(layout, 3)).toBeUndefined();
  });

  it('refuses a file that is not a WAL', () => {
    expect(() => readWalLayout(new Uint8Array(64))).toThrow('not a WAL file');
  });
});
