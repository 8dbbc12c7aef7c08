// An allocation-free SHA-256 (FIPS 180-4) specialised for RFC 6962 trees, where millions of short messages are hashed.
// Spec: docs/lottery-spec.md, section 2 "Pool root"; cross-checked against @noble/hashes in compactSha256.test.ts.
//
// Why not @noble/hashes here: the tree over a 1,000,000-id pool needs 3M compressions, and a fresh hasher
// object, padding buffer and copy per message cost more than the compression itself. Everywhere else the
// library is used.

const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const INITIAL_STATE = Int32Array.from([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

/**
 * A reusable SHA-256 engine owning its scratch space. Int32 storage and `| 0` arithmetic keep every value
 * a small integer for the JIT; uint32 values above 2^31 would become heap doubles and cost several times more.
 */
export class CompactSha256 {
  private readonly state = new Int32Array(8);
  private readonly w = new Int32Array(64);
  private padded = new Uint8Array(256);
  private readonly tails = Array.from({ length: 256 }, (_, byte) => nodeTailSchedule(byte));

  /** Hashes `input[0 .. length)` and writes the 32-byte digest at `out[outOffset ..]`. */
  digestInto(input: Uint8Array, length: number, out: Uint8Array, outOffset: number): void {
    const blocks = Math.ceil((length + 9) / 64);
    const paddedLength = blocks * 64;
    if (this.padded.length < paddedLength) this.padded = new Uint8Array(paddedLength * 2);
    const padded = this.padded;
    for (let i = 0; i < length; i++) padded[i] = input[i] as number;
    padded[length] = 0x80;
    padded.fill(0, length + 1, paddedLength - 4);
    // Message length in bits, big-endian; protocol messages stay far below 2^32 bits.
    const bits = length * 8;
    padded[paddedLength - 4] = bits >>> 24;
    padded[paddedLength - 3] = (bits >>> 16) & 0xff;
    padded[paddedLength - 2] = (bits >>> 8) & 0xff;
    padded[paddedLength - 1] = bits & 0xff;
    this.state.set(INITIAL_STATE);
    for (let block = 0; block < blocks; block++) {
      this.loadBlock(padded, block * 64);
      compress(this.w, this.state);
    }
    this.writeDigest(out, outOffset);
  }

  /**
   * RFC 6962 interior node: SHA-256(0x01 ‖ src[base .. base + 64)), the left and right children being
   * adjacent in `src`. Fills the message schedule straight from `src`, with the padding precomputed.
   */
  nodeInto(src: Uint8Array, base: number, out: Uint8Array, outOffset: number): void {
    const w = this.w;
    // Byte k of the 65-byte message is 0x01 for k = 0 and src[base + k − 1] after it.
    w[0] =
      (0x01 << 24) |
      ((src[base] as number) << 16) |
      ((src[base + 1] as number) << 8) |
      (src[base + 2] as number);
    for (let i = 1; i < 16; i++) {
      const p = base + i * 4 - 1;
      w[i] =
        ((src[p] as number) << 24) |
        ((src[p + 1] as number) << 16) |
        ((src[p + 2] as number) << 8) |
        (src[p + 3] as number);
    }
    this.state.set(INITIAL_STATE);
    compress(this.w, this.state);
    // Second block: the last message byte, the 0x80 terminator, zeros and the length, pre-expanded.
    rounds(this.tails[src[base + 63] as number] as Int32Array, this.state);
    this.writeDigest(out, outOffset);
  }

  /**
   * RFC 6962 leaf for an ASCII id of at most 55 characters: SHA-256(0x00 ‖ id) in one block, the schedule
   * filled straight from the string. Returns false, writing nothing, for any other id.
   */
  asciiLeafInto(id: string, out: Uint8Array, outOffset: number): boolean {
    const length = id.length;
    if (length > 54) return false;
    const w = this.w;
    // Message byte k: 0x00 at k = 0, id[k − 1] for 1 ≤ k ≤ length, 0x80 at k = length + 1, then zeros.
    w.fill(0, 0, 16);
    for (let k = 1; k <= length; k++) {
      const byte = id.charCodeAt(k - 1);
      if (byte > 0x7f) return false;
      w[k >> 2] = (w[k >> 2] as number) | (byte << (24 - 8 * (k & 3)));
    }
    const end = length + 1;
    w[end >> 2] = (w[end >> 2] as number) | (0x80 << (24 - 8 * (end & 3)));
    w[14] = 0;
    w[15] = (length + 1) * 8;
    this.state.set(INITIAL_STATE);
    compress(this.w, this.state);
    this.writeDigest(out, outOffset);
    return true;
  }

  private loadBlock(block: Uint8Array, offset: number): void {
    const w = this.w;
    for (let i = 0; i < 16; i++) {
      const p = offset + i * 4;
      w[i] =
        ((block[p] as number) << 24) |
        ((block[p + 1] as number) << 16) |
        ((block[p + 2] as number) << 8) |
        (block[p + 3] as number);
    }
  }

  private writeDigest(out: Uint8Array, outOffset: number): void {
    for (let i = 0; i < 8; i++) {
      const word = this.state[i] as number;
      const p = outOffset + i * 4;
      out[p] = word >>> 24;
      out[p + 1] = (word >>> 16) & 0xff;
      out[p + 2] = (word >>> 8) & 0xff;
      out[p + 3] = word & 0xff;
    }
  }
}

/** Expands the message schedule: words 16–63 from the block's 16 words. */
function expandSchedule(w: Int32Array): void {
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15] as number;
    const y = w[i - 2] as number;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) | 0;
  }
}

/** One SHA-256 compression: expands the schedule from its first 16 words, then runs the rounds. */
function compress(w: Int32Array, state: Int32Array): void {
  expandSchedule(w);
  rounds(w, state);
}

/**
 * The 64 rounds over a fully expanded schedule, unrolled by eight so that the eight working variables
 * rotate by renaming instead of by seven moves per round (measured ~25% faster in V8).
 */
function rounds(w: Int32Array, state: Int32Array): void {
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  let f = state[5] as number;
  let g = state[6] as number;
  let h = state[7] as number;
  let t = 0;
  for (let i = 0; i < 64; i += 8) {
    t =
      (h +
        (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) +
        (g ^ (e & (f ^ g))) +
        (K[i] as number) +
        (w[i] as number)) |
      0;
    d = (d + t) | 0;
    h =
      (t +
        (((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) +
        ((a & b) | (c & (a | b)))) |
      0;
    t =
      (g +
        (((d >>> 6) | (d << 26)) ^ ((d >>> 11) | (d << 21)) ^ ((d >>> 25) | (d << 7))) +
        (f ^ (d & (e ^ f))) +
        (K[i + 1] as number) +
        (w[i + 1] as number)) |
      0;
    c = (c + t) | 0;
    g =
      (t +
        (((h >>> 2) | (h << 30)) ^ ((h >>> 13) | (h << 19)) ^ ((h >>> 22) | (h << 10))) +
        ((h & a) | (b & (h | a)))) |
      0;
    t =
      (f +
        (((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7))) +
        (e ^ (c & (d ^ e))) +
        (K[i + 2] as number) +
        (w[i + 2] as number)) |
      0;
    b = (b + t) | 0;
    f =
      (t +
        (((g >>> 2) | (g << 30)) ^ ((g >>> 13) | (g << 19)) ^ ((g >>> 22) | (g << 10))) +
        ((g & h) | (a & (g | h)))) |
      0;
    t =
      (e +
        (((b >>> 6) | (b << 26)) ^ ((b >>> 11) | (b << 21)) ^ ((b >>> 25) | (b << 7))) +
        (d ^ (b & (c ^ d))) +
        (K[i + 3] as number) +
        (w[i + 3] as number)) |
      0;
    a = (a + t) | 0;
    e =
      (t +
        (((f >>> 2) | (f << 30)) ^ ((f >>> 13) | (f << 19)) ^ ((f >>> 22) | (f << 10))) +
        ((f & g) | (h & (f | g)))) |
      0;
    t =
      (d +
        (((a >>> 6) | (a << 26)) ^ ((a >>> 11) | (a << 21)) ^ ((a >>> 25) | (a << 7))) +
        (c ^ (a & (b ^ c))) +
        (K[i + 4] as number) +
        (w[i + 4] as number)) |
      0;
    h = (h + t) | 0;
    d =
      (t +
        (((e >>> 2) | (e << 30)) ^ ((e >>> 13) | (e << 19)) ^ ((e >>> 22) | (e << 10))) +
        ((e & f) | (g & (e | f)))) |
      0;
    t =
      (c +
        (((h >>> 6) | (h << 26)) ^ ((h >>> 11) | (h << 21)) ^ ((h >>> 25) | (h << 7))) +
        (b ^ (h & (a ^ b))) +
        (K[i + 5] as number) +
        (w[i + 5] as number)) |
      0;
    g = (g + t) | 0;
    c =
      (t +
        (((d >>> 2) | (d << 30)) ^ ((d >>> 13) | (d << 19)) ^ ((d >>> 22) | (d << 10))) +
        ((d & e) | (f & (d | e)))) |
      0;
    t =
      (b +
        (((g >>> 6) | (g << 26)) ^ ((g >>> 11) | (g << 21)) ^ ((g >>> 25) | (g << 7))) +
        (a ^ (g & (h ^ a))) +
        (K[i + 6] as number) +
        (w[i + 6] as number)) |
      0;
    f = (f + t) | 0;
    b =
      (t +
        (((c >>> 2) | (c << 30)) ^ ((c >>> 13) | (c << 19)) ^ ((c >>> 22) | (c << 10))) +
        ((c & d) | (e & (c | d)))) |
      0;
    t =
      (a +
        (((f >>> 6) | (f << 26)) ^ ((f >>> 11) | (f << 21)) ^ ((f >>> 25) | (f << 7))) +
        (h ^ (f & (g ^ h))) +
        (K[i + 7] as number) +
        (w[i + 7] as number)) |
      0;
    e = (e + t) | 0;
    a =
      (t +
        (((b >>> 2) | (b << 30)) ^ ((b >>> 13) | (b << 19)) ^ ((b >>> 22) | (b << 10))) +
        ((b & c) | (d & (b | c)))) |
      0;
  }
  state[0] = ((state[0] as number) + a) | 0;
  state[1] = ((state[1] as number) + b) | 0;
  state[2] = ((state[2] as number) + c) | 0;
  state[3] = ((state[3] as number) + d) | 0;
  state[4] = ((state[4] as number) + e) | 0;
  state[5] = ((state[5] as number) + f) | 0;
  state[6] = ((state[6] as number) + g) | 0;
  state[7] = ((state[7] as number) + h) | 0;
}

/**
 * The second block of every interior-node message differs only in its first byte (the right child's
 * last byte), so its 256 possible schedules are expanded once and reused.
 */
let nodeTailSchedules: Int32Array | undefined;
function nodeTailSchedule(lastByte: number): Int32Array {
  if (nodeTailSchedules === undefined) {
    nodeTailSchedules = new Int32Array(256 * 64);
    const w = new Int32Array(64);
    for (let byte = 0; byte < 256; byte++) {
      w.fill(0);
      w[0] = (byte << 24) | 0x800000;
      w[15] = 520; // 65 bytes = 520 bits
      expandSchedule(w);
      nodeTailSchedules.set(w, byte * 64);
    }
  }
  return nodeTailSchedules.subarray(lastByte * 64, lastByte * 64 + 64);
}
