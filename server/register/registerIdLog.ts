// The ids an import issued, kept packed beside the rows it writes (16 ASCII bytes and a 2-byte stratum
// number each, 18 bytes a row; never contact data), so that the commit can sort them here while the writer
// thread builds the table's index, instead of waiting for the index and reading the ids back from it.
// Canonical order is byte order (docs/lottery-spec.md section 1; register ids are ASCII).

import { REGISTER_ID_LENGTH } from './registerIds';

const NO_STRATUM = 0xffff;
/** Buckets of the first sort pass: the ids' first three bytes, 7 bits each. */
const BUCKET_BITS = 21;
/** Bytes 3..6 (7 bits each, 28 bits) and the place in the bucket (23 bits) make one exact double. */
const LOCAL_BITS = 23;

export class RegisterIdLog {
  private ids: Uint8Array;
  private strata: Uint16Array;
  private count = 0;

  constructor(expected = 1 << 16) {
    this.ids = new Uint8Array(expected * REGISTER_ID_LENGTH);
    this.strata = new Uint16Array(expected);
  }

  get size(): number {
    return this.count;
  }

  /** Logs the next id; false when it is not 16 ASCII characters (then the log cannot be used). */
  add(id: string, stratumNo: number | null): boolean {
    if (id.length !== REGISTER_ID_LENGTH) return false;
    if (this.count === this.strata.length) {
      // By half again: less idle room than doubling (for 10,000,000 ids, 180 MB).
      const capacity = Math.ceil(this.strata.length * 1.5);
      const ids = new Uint8Array(capacity * REGISTER_ID_LENGTH);
      ids.set(this.ids);
      this.ids = ids;
      const strata = new Uint16Array(capacity);
      strata.set(this.strata);
      this.strata = strata;
    }
    const at = this.count * REGISTER_ID_LENGTH;
    for (let i = 0; i < REGISTER_ID_LENGTH; i++) {
      const code = id.charCodeAt(i);
      if (code > 0x7f) return false;
      this.ids[at + i] = code;
    }
    this.strata[this.count] = stratumNo ?? NO_STRATUM;
    this.count++;
    return true;
  }

  /** The packed ids (id `i` at bytes `16 i .. 16 i + 16`). */
  get bytes(): Uint8Array {
    return this.ids;
  }

  stratumOf(i: number): number | null {
    const no = this.strata[i] as number;
    return no === NO_STRATUM ? null : no;
  }

  /** The id `i` as a string. */
  idAt(i: number): string {
    const at = i * REGISTER_ID_LENGTH;
    return String.fromCharCode(...this.ids.subarray(at, at + REGISTER_ID_LENGTH));
  }

  /** Compares ids `a` and `b` in byte order. */
  compare(a: number, b: number): number {
    const ids = this.ids;
    const x = a * REGISTER_ID_LENGTH;
    const y = b * REGISTER_ID_LENGTH;
    for (let i = 0; i < REGISTER_ID_LENGTH; i++) {
      const d = (ids[x + i] as number) - (ids[y + i] as number);
      if (d !== 0) return d;
    }
    return 0;
  }

  /**
   * The logged ids' numbers in canonical (byte) order: a counting sort on the first three bytes, then
   * each bucket sorted natively on the next four bytes, and runs equal so far by full comparison.
   */
  sortedOrder(): Uint32Array {
    const n = this.count;
    const ids = this.ids;
    const bucketOf = (i: number) => {
      const at = i * REGISTER_ID_LENGTH;
      return ((ids[at] as number) << 14) | ((ids[at + 1] as number) << 7) | (ids[at + 2] as number);
    };
    const starts = new Uint32Array((1 << BUCKET_BITS) + 1);
    for (let i = 0; i < n; i++) (starts[bucketOf(i) + 1] as number)++;
    for (let b = 1; b < starts.length; b++)
      starts[b] = (starts[b] as number) + (starts[b - 1] as number);
    const order = new Uint32Array(n);
    const next = starts.slice(0, 1 << BUCKET_BITS);
    for (let i = 0; i < n; i++) {
      const b = bucketOf(i);
      order[next[b] as number] = i;
      next[b] = (next[b] as number) + 1;
    }
    let scratch = new Float64Array(64);
    let before = new Uint32Array(64);
    for (let b = 0; b < 1 << BUCKET_BITS; b++) {
      const from = starts[b] as number;
      const width = (starts[b + 1] as number) - from;
      if (width < 2) continue;
      if (width >= 1 << LOCAL_BITS) {
        const part = Array.from(order.subarray(from, from + width)).sort((x, y) =>
          this.compare(x, y),
        );
        order.set(part, from);
        continue;
      }
      if (scratch.length < width) {
        scratch = new Float64Array(width * 2);
        before = new Uint32Array(width * 2);
      }
      const keys = scratch.subarray(0, width);
      for (let k = 0; k < width; k++) {
        const at = (order[from + k] as number) * REGISTER_ID_LENGTH;
        const key =
          ((ids[at + 3] as number) << 21) |
          ((ids[at + 4] as number) << 14) |
          ((ids[at + 5] as number) << 7) |
          (ids[at + 6] as number);
        keys[k] = key * 2 ** LOCAL_BITS + k;
      }
      keys.sort();
      before.set(order.subarray(from, from + width));
      for (let k = 0; k < width; k++)
        order[from + k] = before[(keys[k] as number) % 2 ** LOCAL_BITS] as number;
      // Runs whose first seven bytes are equal (rare): insertion sort by the whole id.
      for (let k = 1; k < width; k++) {
        if (
          Math.floor((keys[k] as number) / 2 ** LOCAL_BITS) !==
          Math.floor((keys[k - 1] as number) / 2 ** LOCAL_BITS)
        )
          continue;
        for (
          let j = from + k;
          j > from && this.compare(order[j - 1] as number, order[j] as number) > 0;
          j--
        ) {
          const t = order[j] as number;
          order[j] = order[j - 1] as number;
          order[j - 1] = t;
        }
      }
    }
    return order;
  }
}
