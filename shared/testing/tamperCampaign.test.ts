import { describe, expect, it } from 'vitest';
import { verifyBundleBytes } from '../audit/verifyBundle';
import { verifyRecordBytes } from '../stratify/verifyRecordBytes';
import type { VerificationReport } from '../verificationReport';
import { applyFlip, byteFlips } from './byteFlips';
import { genuineArtefacts } from './tamperArtefacts';
import { runTamperCampaign } from './tamperCampaign';

const { bundle, record } = genuineArtefacts();

describe('tamper evidence: 1,000 seeded single-byte flips per published file', () => {
  it('rejects every flip of the audit bundle with a named check', () => {
    const outcome = runTamperCampaign('audit bundle', bundle, verifyBundleBytes, 1000, 2026);
    expect(outcome.threw).toEqual([]);
    expect(outcome.accepted).toEqual([]);
    expect(outcome.rejected).toBe(1000);
    // Flips that keep the file canonical must be caught by the content checks, not only the file form.
    expect(Object.keys(outcome.byCheck).length).toBeGreaterThan(3);
  });

  it('rejects every flip of the draw record with a named check', () => {
    const outcome = runTamperCampaign(
      'draw record',
      record,
      (b) => verifyRecordBytes(b),
      1000,
      2026,
    );
    expect(outcome.threw).toEqual([]);
    expect(outcome.accepted).toEqual([]);
    expect(outcome.rejected).toBe(1000);
    expect(Object.keys(outcome.byCheck).length).toBeGreaterThan(3);
  });

  it('names invalid UTF-8 and broken JSON as a failed file check, not an exception', () => {
    const quote = record.indexOf(0x22);
    const broken = verifyRecordBytes(applyFlip(record, { offset: quote, mask: 0x22 ^ 0xff }));
    expect(broken.ok).toBe(false);
    expect(broken.checks[0]!.name).toBe('record-file');
    const notJson = verifyBundleBytes(applyFlip(bundle, { offset: 0, mask: 0x7b ^ 0x5b }));
    expect(notJson.checks.find((c) => !c.ok)!.name).toBe('bundle-file');
  });

  it('counts a flip the verifier accepts, or one that makes it throw, as a failure', () => {
    const lenient = (): VerificationReport => ({ ok: true, checks: [] });
    const accepting = runTamperCampaign('lenient', record, lenient, 50, 1);
    expect(accepting.accepted).toHaveLength(50);
    let calls = 0;
    const throwing = (): VerificationReport => {
      if (calls++ === 0) return { ok: true, checks: [] };
      throw new Error('boom');
    };
    expect(runTamperCampaign('throwing', record, throwing, 5, 1).threw).toHaveLength(5);
  });

  it('draws the same flips from the same seed, each changing its byte', () => {
    expect(byteFlips(100, 20, 7)).toEqual(byteFlips(100, 20, 7));
    expect(byteFlips(100, 20, 7)).not.toEqual(byteFlips(100, 20, 8));
    for (const flip of byteFlips(record.length, 200, 3))
      expect(applyFlip(record, flip)[flip.offset]).not.toBe(record[flip.offset]);
  });
});
