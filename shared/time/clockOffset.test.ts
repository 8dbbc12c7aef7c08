import { describe, expect, it } from 'vitest';
import { estimateClockOffset } from './clockOffset';

describe('estimateClockOffset', () => {
  it('finds the offset of a clock five minutes fast from a symmetric round trip', () => {
    // The client is 300 000 ms ahead; the request and the answer each take 40 ms.
    const server = 1_700_000_000_000;
    const sample = {
      sentAt: server + 300_000 - 40,
      serverTime: server,
      receivedAt: server + 300_040,
    };
    expect(estimateClockOffset([sample])).toEqual({ offsetMs: -300_000, roundTripMs: 80 });
  });

  it('keeps the sample with the shortest round trip', () => {
    const samples = [
      // Slow and asymmetric (the answer waited 400 ms): its midpoint is 200 ms off.
      { sentAt: 1000, serverTime: 11_010, receivedAt: 1420 },
      { sentAt: 2000, serverTime: 12_010, receivedAt: 2020 },
      { sentAt: 3000, serverTime: 13_050, receivedAt: 3100 },
    ];
    expect(estimateClockOffset(samples)).toEqual({ offsetMs: 10_000, roundTripMs: 20 });
  });

  it('is exact to within half the round trip of the kept sample, whatever the asymmetry', () => {
    const trueOffset = -123_456;
    for (const outbound of [0, 5, 17, 30]) {
      const sentAt = 50_000;
      const roundTrip = 30;
      const serverTime = sentAt + outbound + trueOffset;
      const { offsetMs, roundTripMs } = estimateClockOffset([
        { sentAt, serverTime, receivedAt: sentAt + roundTrip },
      ]);
      expect(Math.abs(offsetMs - trueOffset)).toBeLessThanOrEqual(roundTripMs / 2);
    }
  });

  it('refuses no samples, and a sample received before it was sent', () => {
    expect(() => estimateClockOffset([])).toThrow(RangeError);
    expect(() => estimateClockOffset([{ sentAt: 10, serverTime: 5, receivedAt: 9 }])).toThrow(
      /samples\[0\]: received before it was sent/,
    );
    expect(() =>
      estimateClockOffset([{ sentAt: 10, serverTime: Number.NaN, receivedAt: 11 }]),
    ).toThrow(/finite/);
  });
});
