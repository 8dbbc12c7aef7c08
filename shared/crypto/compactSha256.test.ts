import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from './bytes';
import { CompactSha256 } from './compactSha256';

function digest(input: Uint8Array): string {
  const out = new Uint8Array(32);
  new CompactSha256().digestInto(input, input.length, out, 0);
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
    const engine = new CompactSha256();
    const out = new Uint8Array(40);
    for (let length = 0; length <= 300; length++) {
      const input = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      engine.digestInto(input, length, out, 8);
      expect(bytesToHex(out.subarray(8))).toBe(bytesToHex(sha256(input)));
    }
  });

  it('hashes only the given prefix and reuses its scratch safely (property)', () => {
    const engine = new CompactSha256();
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

describe('compact SHA-256 interior nodes', () => {
  it('nodeInto equals SHA-256(0x01 ‖ left ‖ right) at any offset (property)', () => {
    const engine = new CompactSha256();
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 200 }), fc.nat(), (src, at) => {
        const base = at % (src.length - 63);
        const out = new Uint8Array(32);
        engine.nodeInto(src, base, out, 0);
        const message = new Uint8Array(65);
        message[0] = 1;
        message.set(src.subarray(base, base + 64), 1);
        expect(bytesToHex(out)).toBe(bytesToHex(sha256(message)));
      }),
    );
  });
});

describe('compact SHA-256 ASCII leaves', () => {
  it('asciiLeafInto equals SHA-256(0x00 ‖ id) for ASCII ids up to 54 characters, refuses others (property)', () => {
    const engine = new CompactSha256();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 70 }), (id) => {
        const out = new Uint8Array(32);
        const bytes = new TextEncoder().encode(id);
        const isAscii = bytes.length === id.length && [...bytes].every((b) => b < 0x80);
        const handled = engine.asciiLeafInto(id, out, 0);
        expect(handled).toBe(isAscii && id.length <= 54);
        if (handled) {
          const message = new Uint8Array(bytes.length + 1);
          message.set(bytes, 1);
          expect(bytesToHex(out)).toBe(bytesToHex(sha256(message)));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('handles the boundary lengths 0, 54 and 55', () => {
    const engine = new CompactSha256();
    for (const length of [0, 1, 54]) {
      const id = 'x'.repeat(length);
      const out = new Uint8Array(32);
      expect(engine.asciiLeafInto(id, out, 0)).toBe(true);
      const message = new Uint8Array(length + 1);
      message.set(new TextEncoder().encode(id), 1);
      expect(bytesToHex(out)).toBe(bytesToHex(sha256(message)));
    }
    expect(engine.asciiLeafInto('x'.repeat(55), new Uint8Array(32), 0)).toBe(false);
  });
});
