// An allocation-free SHA-256 (FIPS 180-4) for hashing millions of short messages, as the pool tree does.
// Spec: docs/lottery-spec.md, section "Pool root"; cross-checked against @noble/hashes in compactSha256.test.ts.
//
// Why not @noble/hashes here: the tree over a 1,000,000-id pool needs ~2M hashes of 11–129 bytes, and a
// fresh hasher object per call costs more than the compression itself (measured ~1.4 µs vs ~0.3 µs).
// Everywhere else the library is used.

const K = Uint32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const INITIAL_STATE = Uint32Array.from([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

/** A reusable SHA-256 engine; not safe to share between concurrent callers (it owns scratch buffers). */
export interface CompactSha256 {
  /** Hashes `input[0 .. length)` and writes the 32-byte digest at `out[outOffset ..]`. */
  digestInto(input: Uint8Array, length: number, out: Uint8Array, outOffset: number): void;
}

/** Creates an engine with its own scratch space. */
export function createCompactSha256(): CompactSha256 {
  const state = new Uint32Array(8);
  const w = new Uint32Array(64);
  let padded = new Uint8Array(256);

  function compress(block: Uint8Array, offset: number): void {
    for (let i = 0; i < 16; i++) {
      const p = offset + i * 4;
      w[i] =
        (((block[p] as number) << 24) |
          ((block[p + 1] as number) << 16) |
          ((block[p + 2] as number) << 8) |
          (block[p + 3] as number)) >>>
        0;
    }
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15] as number;
      const y = w[i - 2] as number;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) >>> 0;
    }
    let a = state[0] as number;
    let b = state[1] as number;
    let c = state[2] as number;
    let d = state[3] as number;
    let e = state[4] as number;
    let f = state[5] as number;
    let g = state[6] as number;
    let h = state[7] as number;
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (h + S1 + ch + (K[i] as number) + (w[i] as number)) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    state[0] = ((state[0] as number) + a) >>> 0;
    state[1] = ((state[1] as number) + b) >>> 0;
    state[2] = ((state[2] as number) + c) >>> 0;
    state[3] = ((state[3] as number) + d) >>> 0;
    state[4] = ((state[4] as number) + e) >>> 0;
    state[5] = ((state[5] as number) + f) >>> 0;
    state[6] = ((state[6] as number) + g) >>> 0;
    state[7] = ((state[7] as number) + h) >>> 0;
  }

  return {
    digestInto(input, length, out, outOffset) {
      const blocks = Math.ceil((length + 9) / 64);
      const paddedLength = blocks * 64;
      if (padded.length < paddedLength) padded = new Uint8Array(paddedLength * 2);
      padded.set(input.subarray(0, length), 0);
      padded[length] = 0x80;
      padded.fill(0, length + 1, paddedLength - 8);
      // Message length in bits, big-endian; lengths here stay far below 2^32 bits.
      const bits = length * 8;
      padded[paddedLength - 8] = 0;
      padded[paddedLength - 7] = 0;
      padded[paddedLength - 6] = 0;
      padded[paddedLength - 5] = Math.floor(bits / 2 ** 32) & 0xff;
      padded[paddedLength - 4] = (bits >>> 24) & 0xff;
      padded[paddedLength - 3] = (bits >>> 16) & 0xff;
      padded[paddedLength - 2] = (bits >>> 8) & 0xff;
      padded[paddedLength - 1] = bits & 0xff;
      state.set(INITIAL_STATE);
      for (let blockIndex = 0; blockIndex < blocks; blockIndex++) compress(padded, blockIndex * 64);
      for (let i = 0; i < 8; i++) {
        const word = state[i] as number;
        const p = outOffset + i * 4;
        out[p] = word >>> 24;
        out[p + 1] = (word >>> 16) & 0xff;
        out[p + 2] = (word >>> 8) & 0xff;
        out[p + 3] = word & 0xff;
      }
    },
  };
}
