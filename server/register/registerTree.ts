// Inclusion proofs over a register or stratum of millions of ids, for the 10,000–20,000 picks of a draw,
// without holding every level of the tree: the sorted ids are kept packed (16 bytes each) with the tree's
// levels from 16 leaves up (2 bytes per id); a proof rebuilds its block of 16 leaves, then reads the upper
// levels. Same tree, paths and roots as shared/lottery/merkle.ts (docs/lottery-spec.md section 2).

import { bytesToHex } from '../../shared/crypto/bytes';
import { CompactSha256 } from '../../shared/crypto/compactSha256';
import { levelsAbove } from '../../shared/lottery/merkle';
import type { RegisterRepository } from '../repositories/registerRepository';
import { REGISTER_ID_LENGTH } from './registerIds';
import { scanRegisterIds } from './registerScan';

/** log2 of the leaves rebuilt per proof. */
const BLOCK_BITS = 4;
const BLOCK = 1 << BLOCK_BITS;

/** A complete RegisterProofTree's buffers (see toParts). */
export interface RegisterProofTreeParts {
  ids: Uint8Array;
  count: number;
  blockRoots: Uint8Array;
  upper: Uint8Array[];
}

export class RegisterProofTree {
  private readonly engine = new CompactSha256();
  private ids: Uint8Array;
  private count = 0;
  private blockLeaves = new Uint8Array(BLOCK * 32);
  private readonly blockScratch = new Uint8Array(BLOCK * 32);
  private blockRoots: Uint8Array;
  private upper: Uint8Array[] | undefined;

  /** `expected` sizes the buffers (they grow if more ids come). */
  constructor(expected = 1024) {
    this.ids = new Uint8Array(Math.max(1, expected) * REGISTER_ID_LENGTH);
    this.blockRoots = new Uint8Array(Math.max(1, Math.ceil(expected / BLOCK)) * 32);
  }

  get size(): number {
    return this.count;
  }

  /**
   * The tree's state, complete (its root computed), as buffers a worker thread can transfer; `fromParts`
   * rebuilds the tree on the other side.
   */
  toParts(): RegisterProofTreeParts {
    this.upperLevels();
    return {
      ids: this.ids,
      count: this.count,
      blockRoots: this.blockRoots,
      upper: this.upper as Uint8Array[],
    };
  }

  static fromParts(parts: RegisterProofTreeParts): RegisterProofTree {
    const tree = new RegisterProofTree(1);
    tree.ids = parts.ids;
    tree.count = parts.count;
    tree.blockRoots = parts.blockRoots;
    tree.upper = parts.upper;
    return tree;
  }

  /** Adds the next id, in canonical order: 16 ASCII characters, as the register issues. */
  add(id: string): void {
    this.store(id);
    if (!this.engine.asciiLeafInto(id, this.blockLeaves, (this.count % BLOCK) * 32))
      throw new RangeError('a register id is ASCII');
    this.closeLeaf();
  }

  /** Adds the next id with its leaf hash already computed (`leaf[0 .. 32)`, SHA-256(0x00 ‖ id)). */
  addHashed(id: string, leaf: Uint8Array): void {
    this.store(id);
    this.blockLeaves.set(
      leaf.length === 32 ? leaf : leaf.subarray(0, 32),
      (this.count % BLOCK) * 32,
    );
    this.closeLeaf();
  }

  /** Adds the next id given as its 16 ASCII bytes `src[offset ..]`, with its leaf hash `leaf[leafAt ..]`. */
  addHashedBytes(src: Uint8Array, offset: number, leaf: Uint8Array, leafAt = 0): void {
    if ((this.count + 1) * REGISTER_ID_LENGTH > this.ids.length) this.ids = grow(this.ids);
    // Byte loops rather than subarray views: no object per id.
    const ids = this.ids;
    const at = this.count * REGISTER_ID_LENGTH;
    for (let i = 0; i < REGISTER_ID_LENGTH; i++) ids[at + i] = src[offset + i] as number;
    const leaves = this.blockLeaves;
    const to = (this.count % BLOCK) * 32;
    for (let i = 0; i < 32; i++) leaves[to + i] = leaf[leafAt + i] as number;
    this.closeLeaf();
  }

  private store(id: string): void {
    if (id.length !== REGISTER_ID_LENGTH) throw new RangeError('a register id has 16 characters');
    if ((this.count + 1) * REGISTER_ID_LENGTH > this.ids.length) this.ids = grow(this.ids);
    const at = this.count * REGISTER_ID_LENGTH;
    for (let i = 0; i < REGISTER_ID_LENGTH; i++) this.ids[at + i] = id.charCodeAt(i);
  }

  private closeLeaf(): void {
    this.count++;
    if (this.count % BLOCK === 0) this.closeBlock(BLOCK);
    this.upper = undefined;
  }

  private closeBlock(width: number): void {
    const block = Math.ceil(this.count / BLOCK) - 1;
    if ((block + 1) * 32 > this.blockRoots.length) this.blockRoots = grow(this.blockRoots);
    // The block's root computed in place in a scratch copy (nodeInto reads both children before it writes
    // the parent, at or before them): no arrays allocated per block, for millions of ids.
    const nodes = this.blockScratch;
    nodes.set(this.blockLeaves.subarray(0, width * 32));
    for (let w = width; w > 1; w = (w + 1) >> 1) {
      const pairs = w >> 1;
      for (let p = 0; p < pairs; p++) this.engine.nodeInto(nodes, p * 64, nodes, p * 32);
      if (w % 2 === 1) nodes.copyWithin(pairs * 32, (w - 1) * 32, w * 32);
    }
    this.blockRoots.set(nodes.subarray(0, 32), block * 32);
  }

  /** merkle.ts's levelsAbove for one block, with this tree's hashing engine (one per tree, not per block). */
  private blockLevels(leaves: Uint8Array, count: number): Uint8Array[] {
    const levels: Uint8Array[] = [leaves];
    let current = leaves;
    let width = count;
    while (width > 1) {
      const parentWidth = Math.ceil(width / 2);
      const parents = new Uint8Array(parentWidth * 32);
      for (let p = 0; p < width >> 1; p++) this.engine.nodeInto(current, p * 64, parents, p * 32);
      if (width % 2 === 1)
        parents.set(current.subarray((width - 1) * 32, width * 32), (parentWidth - 1) * 32);
      levels.push(parents);
      current = parents;
      width = parentWidth;
    }
    return levels;
  }

  /** The levels from 16 leaves up; a last partial block is closed on first use. */
  private upperLevels(): Uint8Array[] {
    if (this.upper === undefined) {
      if (this.count === 0) throw new Error('a pool tree needs at least one id');
      if (this.count % BLOCK !== 0) this.closeBlock(this.count % BLOCK);
      const blocks = Math.ceil(this.count / BLOCK);
      this.upper = levelsAbove(this.blockRoots.subarray(0, blocks * 32), blocks);
    }
    return this.upper;
  }

  /** The root as lowercase hex. */
  rootHex(): string {
    const levels = this.upperLevels();
    return bytesToHex((levels[levels.length - 1] as Uint8Array).subarray(0, 32));
  }

  /** The id at canonical index `index`. */
  idAt(index: number): string {
    this.check(index);
    const at = index * REGISTER_ID_LENGTH;
    return String.fromCharCode(...this.ids.subarray(at, at + REGISTER_ID_LENGTH));
  }

  /** RFC 6962 audit path of leaf `index`, deepest sibling first, as lowercase hex. */
  proof(index: number): string[] {
    this.check(index);
    const upper = this.upperLevels();
    const block = index >> BLOCK_BITS;
    const first = block * BLOCK;
    const width = Math.min(BLOCK, this.count - first);
    const leaves = new Uint8Array(width * 32);
    for (let i = 0; i < width; i++) {
      if (!this.engine.asciiLeafInto(this.idAt(first + i), leaves, i * 32))
        throw new RangeError('a register id is ASCII');
    }
    const lower = this.blockLevels(leaves, width);
    const path: string[] = [];
    const sibling = (levels: Uint8Array[], level: number, position: number, count: number) => {
      const other = position ^ 1;
      if (other < count) {
        const nodes = levels[level] as Uint8Array;
        path.push(bytesToHex(nodes.subarray(other * 32, other * 32 + 32)));
      }
    };
    let position = index - first;
    let count = width;
    for (let level = 0; level < BLOCK_BITS && count > 1; level++) {
      sibling(lower, level, position, count);
      position >>= 1;
      count = Math.ceil(count / 2);
    }
    position = block;
    count = Math.ceil(this.count / BLOCK);
    for (let level = 0; count > 1; level++) {
      sibling(upper, level, position, count);
      position >>= 1;
      count = Math.ceil(count / 2);
    }
    return path;
  }

  private check(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.count)
      throw new RangeError(`leaf index ${index} is outside a tree of ${this.count}`);
  }
}

function grow(buffer: Uint8Array): Uint8Array {
  const bigger = new Uint8Array(buffer.length * 2);
  bigger.set(buffer);
  return bigger;
}

/**
 * The proof trees of a register, read back in canonical order: the whole register's and, when it has
 * strata, each stratum's (by name). One pass over the ids.
 */
export async function loadRegisterProofTrees(
  repository: RegisterRepository,
  processId: string,
  which: { whole: boolean; strata: boolean },
): Promise<{ whole: RegisterProofTree | undefined; strata: Map<string, RegisterProofTree> }> {
  const register = repository.current(processId);
  if (register === undefined) throw new Error(`process ${processId} has no register`);
  const names = repository.strataNames(register.importNo);
  const whole = which.whole ? new RegisterProofTree(register.rowCount) : undefined;
  const byNumber = new Map<number, RegisterProofTree>();
  if (which.strata)
    for (const stratum of register.strata) {
      const no = [...names].find(([, name]) => name === stratum.name)?.[0] as number;
      byNumber.set(no, new RegisterProofTree(stratum.size));
    }
  await scanRegisterIds(repository, register.importNo, (id, stratumNo) => {
    whole?.add(id);
    if (stratumNo !== null) byNumber.get(stratumNo)?.add(id);
  });
  const strata = new Map<string, RegisterProofTree>();
  for (const [no, tree] of byNumber) strata.set(names.get(no) as string, tree);
  return { whole, strata };
}
