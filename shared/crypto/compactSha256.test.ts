import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from './bytes';
import { createCompactSha256 } from './compactSha256';

function digest(input: Uint8Array): string {
  const out = new Uint8Array(32);
  createCompactSha256().digestInto(input, input.length, out, 0);
  return bytesToHex(out);
}

describe('compact SHA-256', () => {
  it('matches the FIPS 180-4 examples', () => {
    expect(digest(utf8ToBytes('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(digest(new Uint8Array(0))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(digest(utf8ToBytes('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with @noble/hashes on every length across block boundaries', () => {
    const engine = createCompactSha256();
    const out = new Uint8Array(40);
    for (let length = 0; length <= 300; length++) {
      const input = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      engine.digestInto(input, length, out, 8);
      expect(bytesToHex(out.subarray(8))).toBe(bytesToHex(sha256(input)));
    }
  });

  it('hashes only the given prefix and reuses its scratch safely (property)', () => {
    const engine = createCompactSha256();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.nat(), (bytes, cut) => {
        const length = bytes.length === 0 ? 0 : cut % (bytes.length + 1);
        const out = new Uint8Array(32);
        engine.digestInto(bytes, length, out, 0);
        expect(bytesToHex(out)).toBe(bytesToHex(sha256(bytes.subarray(0, length))));
      }),
    );
  });
});
