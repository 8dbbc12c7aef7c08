import { describe, expect, it } from 'vitest';
import { verifyRecordBytes } from '../../shared/stratify/verifyRecordBytes';
import { runTamperCampaign } from '../../shared/testing/tamperCampaign';
import { genuineStratifiedRecord } from './stratifiedArtefact';

describe('tamper evidence of a stratified record', () => {
  it('verifies the genuine record and rejects each of 1,000 seeded byte flips by a named check', async () => {
    const bytes = await genuineStratifiedRecord();
    expect(verifyRecordBytes(bytes).ok).toBe(true);
    const outcome = runTamperCampaign(
      'stratified record',
      bytes,
      (b) => verifyRecordBytes(b),
      1000,
      2026,
    );
    expect(outcome.threw).toEqual([]);
    expect(outcome.accepted).toEqual([]);
    expect(outcome.rejected).toBe(1000);
    expect(outcome.byCheck['record-file']).toBeGreaterThan(0);
  });
});
