import { describe, expect, it } from 'vitest';
import { LatencyHistogram, LatencyWindow } from './latencyHistogram';

describe('LatencyHistogram', () => {
  it('reads percentiles within 2 % above the exact value, never below', () => {
    const histogram = new LatencyHistogram();
    const values = Array.from({ length: 1000 }, (_, i) => (i + 1) * 0.37);
    for (const value of [...values].reverse()) histogram.record(value);
    for (const p of [50, 95, 99]) {
      const exact = values[Math.ceil((p / 100) * values.length) - 1] as number;
      expect(histogram.percentile(p)).toBeGreaterThanOrEqual(exact);
      expect(histogram.percentile(p)).toBeLessThanOrEqual(exact * 1.02);
    }
    expect(histogram.summary()).toMatchObject({ count: 1000, max: 370 });
  });

  it('reports zeros when empty and clamps negative samples to zero', () => {
    expect(new LatencyHistogram().summary()).toEqual({ count: 0, p50: 0, p95: 0, p99: 0, max: 0 });
    const histogram = new LatencyHistogram();
    histogram.record(-3);
    expect(histogram.summary()).toMatchObject({ count: 1, p99: 0, max: 0 });
  });

  it('keeps a running total while each interval starts afresh', () => {
    const window = new LatencyWindow();
    window.record(10);
    expect(window.takeInterval()).toMatchObject({ count: 1, max: 10 });
    window.record(20);
    expect(window.takeInterval()).toMatchObject({ count: 1, max: 20 });
    expect(window.total.summary()).toMatchObject({ count: 2, max: 20 });
  });
});
