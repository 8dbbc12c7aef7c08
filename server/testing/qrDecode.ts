// Test helper: reads the text of a QR code from its grid of modules (true = dark), written apart from the
// encoder from ISO/IEC 18004's layout: format bits, function patterns, zigzag placement, masks, block
// interleaving and the numeric, alphanumeric and byte modes. It reads a clean grid (no error correction):
// enough to prove that what a PDF draws is the code it should be. Error correction level M, versions 1–12.

/** Error correction codewords per block and number of blocks at level M, by version (index 0 unused). */
const M_ECC_PER_BLOCK = [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22];
const M_BLOCKS = [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8];
const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

function alignmentPositions(version: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const size = 17 + 4 * version;
  const step = Math.ceil((version * 4 + 4) / (count * 2 - 2)) * 2;
  const positions = [6];
  for (let pos = size - 7; positions.length < count; pos -= step) positions.splice(1, 0, pos);
  return positions;
}

function functionModules(version: number): boolean[][] {
  const size = 17 + 4 * version;
  const isFunction = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const mark = (row0: number, col0: number, rows: number, cols: number) => {
    for (let r = row0; r < row0 + rows; r++)
      for (let c = col0; c < col0 + cols; c++)
        if (r >= 0 && c >= 0 && r < size && c < size) isFunction[r]![c] = true;
  };
  mark(6, 0, 1, size); // timing
  mark(0, 6, size, 1);
  mark(0, 0, 9, 9); // finders, separators and format bits (and the dark module below-left)
  mark(0, size - 8, 9, 8);
  mark(size - 8, 0, 8, 9);
  const aligns = alignmentPositions(version);
  const last = aligns.length - 1;
  aligns.forEach((row, i) =>
    aligns.forEach((col, j) => {
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
      mark(row - 2, col - 2, 5, 5);
    }),
  );
  if (version >= 7) {
    mark(0, size - 11, 6, 3);
    mark(size - 11, 0, 3, 6);
  }
  return isFunction;
}

const MASKS: readonly ((row: number, col: number) => boolean)[] = [
  (r, c) => (r + c) % 2 === 0,
  (r) => r % 2 === 0,
  (_r, c) => c % 3 === 0,
  (r, c) => (r + c) % 3 === 0,
  (r, c) => (Math.floor(c / 3) + Math.floor(r / 2)) % 2 === 0,
  (r, c) => ((r * c) % 2) + ((r * c) % 3) === 0,
  (r, c) => (((r * c) % 2) + ((r * c) % 3)) % 2 === 0,
  (r, c) => (((r + c) % 2) + ((r * c) % 3)) % 2 === 0,
];

/** The 15-bit format word of 5 data bits (BCH(15,5), then XOR 0x5412). */
function formatWord(data: number): number {
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  return ((data << 10) | rem) ^ 0x5412;
}

function readFormat(grid: readonly (readonly boolean[])[]): { level: number; mask: number } {
  const at = (row: number, col: number) => (grid[row]?.[col] === true ? 1 : 0);
  let bits = 0;
  const put = (i: number, bit: number) => (bits |= bit << i);
  for (let i = 0; i <= 5; i++) put(i, at(i, 8));
  put(6, at(7, 8));
  put(7, at(8, 8));
  put(8, at(8, 7));
  for (let i = 9; i < 15; i++) put(i, at(8, 14 - i));
  for (let data = 0; data < 32; data++)
    if (formatWord(data) === bits) return { level: data >> 3, mask: data & 7 };
  throw new Error(`qrDecode: the format bits ${bits.toString(2)} are not a format word`);
}

/**
 * The text a QR code's modules carry.
 * @throws Error when the grid is not a clean level-M QR code of version 1 to 12
 */
export function decodeQrModules(grid: readonly (readonly boolean[])[]): string {
  const size = grid.length;
  const version = (size - 17) / 4;
  if (!Number.isInteger(version) || version < 1 || version >= M_BLOCKS.length)
    throw new Error(`qrDecode: a grid of ${size} modules is not a version 1–12 QR code`);
  const { level, mask } = readFormat(grid);
  if (level !== 0) throw new Error(`qrDecode: error correction level bits ${level}, not M`);
  const isFunction = functionModules(version);
  const masked = MASKS[mask]!;

  // The codewords, in the zigzag order from the bottom-right corner.
  const align = Math.floor(version / 7) + 2;
  let rawModules = (16 * version + 128) * version + 64;
  if (version >= 2) rawModules -= (25 * align - 10) * align - 55;
  if (version >= 7) rawModules -= 36;
  const raw = new Uint8Array(Math.floor(rawModules / 8));
  let bit = 0;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    const upward = ((right + 1) & 2) === 0;
    for (let vert = 0; vert < size; vert++)
      for (let j = 0; j < 2; j++) {
        const col = right - j;
        const row = upward ? size - 1 - vert : vert;
        if (isFunction[row]![col] === true || bit >= raw.length * 8) continue;
        const dark = (grid[row]![col] === true) !== masked(row, col);
        if (dark) raw[bit >> 3]! |= 0x80 >> (bit & 7);
        bit++;
      }
  }

  // Undo the interleaving: short blocks lack their last data codeword.
  const blocks = M_BLOCKS[version]!;
  const ecc = M_ECC_PER_BLOCK[version]!;
  const shortLength = Math.floor(raw.length / blocks);
  const shortBlocks = blocks - (raw.length % blocks);
  const dataOf = (block: number) => shortLength - ecc + (block < shortBlocks ? 0 : 1);
  const perBlock: number[][] = Array.from({ length: blocks }, () => []);
  let next = 0;
  const longestData = dataOf(blocks - 1);
  for (let i = 0; i < longestData; i++)
    for (let b = 0; b < blocks; b++) if (i < dataOf(b)) perBlock[b]!.push(raw[next++]!);
  const data = perBlock.flat();

  // The segments.
  let pos = 0;
  const take = (n: number) => {
    let value = 0;
    for (let i = 0; i < n; i++, pos++)
      value = (value << 1) | (((data[pos >> 3] ?? 0) >> (7 - (pos & 7))) & 1);
    return value;
  };
  const wide = version >= 10 ? 1 : 0;
  const bytes: number[] = [];
  const ascii = (text: string) => bytes.push(...[...text].map((ch) => ch.charCodeAt(0)));
  while (pos + 4 <= data.length * 8) {
    const mode = take(4);
    if (mode === 0) break;
    if (mode === 1) {
      let count = take([10, 12][wide]!);
      for (; count >= 3; count -= 3) ascii(String(take(10)).padStart(3, '0'));
      if (count === 2) ascii(String(take(7)).padStart(2, '0'));
      if (count === 1) ascii(String(take(4)));
    } else if (mode === 2) {
      let count = take([9, 11][wide]!);
      for (; count >= 2; count -= 2) {
        const pair = take(11);
        ascii(ALPHANUMERIC[Math.floor(pair / 45)]! + ALPHANUMERIC[pair % 45]!);
      }
      if (count === 1) ascii(ALPHANUMERIC[take(6)]!);
    } else if (mode === 4) {
      const count = take([8, 16][wide]!);
      for (let i = 0; i < count; i++) bytes.push(take(8));
    } else throw new Error(`qrDecode: mode ${mode} is not read here`);
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
}
