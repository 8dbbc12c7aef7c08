// Re-derives steps 1 to 4 of docs/lottery-spec.md section 4.1 from the text alone, with @noble/curves and
// @noble/hashes and no tlock-js code, on the known-answer vector: an independent reading of the spec.
import { bls12_381 } from '@noble/curves/bls12-381.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import vector from '../../fixtures/vectors/kleroterion-timelock-1.json';
import { hexToBytesStrict } from '../crypto/bytes';

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const unpadded = (text: string) => fromBase64(text + '='.repeat((4 - (text.length % 4)) % 4));
const ascii = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const xor = (a: Uint8Array, b: Uint8Array) => a.map((x, i) => x ^ (b[i] as number));
const be48 = (n: bigint) => hexToBytesStrict(n.toString(16).padStart(96, '0'));

type Fp2 = { c0: bigint; c1: bigint };
type Fp6 = { c0: Fp2; c1: Fp2; c2: Fp2 };
type Fp12 = { c0: Fp6; c1: Fp6 };
/** Spec step 3: c1 then c0 of Fp12; c2, c1, c0 of each Fp6; c1 then c0 of each Fp2; 48 bytes big-endian. */
const gtBytes = (g: Fp12) =>
  concat(
    ...[g.c1, g.c0].flatMap((fp6) =>
      [fp6.c2, fp6.c1, fp6.c0].flatMap((fp2) => [be48(fp2.c1), be48(fp2.c0)]),
    ),
  );

describe('docs/lottery-spec.md section 4.1, read independently', () => {
  it('steps 1–4 recover the file key whose header MAC matches', () => {
    // Step 1: armor.
    const lines = vector.ciphertext.trim().split('\n');
    expect(lines[0]).toBe('-----BEGIN AGE ENCRYPTED FILE-----');
    expect(lines.at(-1)).toBe('-----END AGE ENCRYPTED FILE-----');
    const file = fromBase64(lines.slice(1, -1).join(''));
    // Step 2: header, one tlock stanza, its 128-byte body, the MAC line.
    const text = latin1(file);
    const headerLines = text.split('\n');
    expect(headerLines[0]).toBe('age-encryption.org/v1');
    expect(headerLines[1]).toBe(
      '-> tlock 1000 52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971',
    );
    let i = 2;
    let body = '';
    for (;;) {
      const line = headerLines[i++] as string;
      body += line;
      if (line.length < 64) break;
    }
    const macLine = headerLines[i] as string;
    expect(macLine.startsWith('--- ')).toBe(true);
    const stanza = unpadded(body);
    expect(stanza.length).toBe(128);
    const U = bls12_381.G2.Point.fromBytes(stanza.subarray(0, 96));
    const V = stanza.subarray(96, 112);
    const W = stanza.subarray(112, 128);
    // Step 3: IBE with the round's signature.
    const sigma = bls12_381.G1.Point.fromHex(vector.signature);
    const g = bls12_381.pairing(sigma, U) as unknown as Fp12;
    const sigmaPrime = xor(V, sha256(concat(ascii('IBE-H2'), gtBytes(g))).subarray(0, 16));
    const fileKey = xor(W, sha256(concat(ascii('IBE-H4'), sigmaPrime)).subarray(0, 16));
    const h = sha256(concat(ascii('IBE-H3'), sigmaPrime, fileKey));
    const q = bls12_381.fields.Fr.ORDER;
    expect(q.toString(16)).toBe('73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001');
    let r = 0n;
    for (let n = 1; n < 65536; n++) {
      const d = sha256(concat(new Uint8Array([n & 0xff, n >> 8]), h));
      d[0] = (d[0] as number) >> 1;
      r = BigInt(`0x${Array.from(d, (b) => b.toString(16).padStart(2, '0')).join('')}`);
      if (r < q) break;
    }
    expect(bls12_381.G2.Point.BASE.multiply(r).equals(U)).toBe(true);
    // Step 4: the header MAC, keyed from the recovered file key.
    const header = text.slice(0, text.indexOf('\n--- ') + 4);
    const macKey = hkdf(sha256, fileKey, new Uint8Array(0), ascii('header'), 32);
    const mac = hmac(
      sha256,
      macKey,
      Uint8Array.from(header, (c) => c.charCodeAt(0)),
    );
    expect(unpadded(macLine.slice(4))).toEqual(mac);
  });
});
