// A latency histogram with 2 % wide buckets: millions of samples in constant memory, percentiles read
// from the cumulative counts (each reported as its bucket's upper bound, so never flattering), exact max.

const SMALLEST_MS = 0.01;
const GROWTH = 1.02;
const BUCKETS = 1200; // 0.01 ms × 1.02^1200 ≈ 200 000 s: beyond any run

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export class LatencyHistogram {
  private readonly counts = new Float64Array(BUCKETS);
  private total = 0;
  private largest = 0;

  record(ms: number): void {
    const value = Math.max(0, ms);
    const index =
      value <= SMALLEST_MS
        ? 0
        : Math.min(BUCKETS - 1, 1 + Math.floor(Math.log(value / SMALLEST_MS) / Math.log(GROWTH)));
    this.counts[index] = (this.counts[index] ?? 0) + 1;
    this.total++;
    if (value > this.largest) this.largest = value;
  }

  /** The smallest bucket bound below which at least p % of the samples lie (never above the max). */
  percentile(p: number): number {
    if (this.total === 0) return 0;
    const rank = Math.max(1, Math.ceil((p / 100) * this.total));
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i] ?? 0;
      if (seen >= rank) return Math.min(this.largest, SMALLEST_MS * GROWTH ** i);
    }
    return this.largest;
  }

  summary(): LatencySummary {
    return {
      count: this.total,
      p50: this.percentile(50),
      p95: this.percentile(95),
      p99: this.percentile(99),
      max: this.largest,
    };
  }
}

/** The same samples kept twice: since the start, and since the last periodic report. */
export class LatencyWindow {
  readonly total = new LatencyHistogram();
  private current = new LatencyHistogram();

  record(ms: number): void {
    this.total.record(ms);
    this.current.record(ms);
  }

  /** The interval's summary; starts a new interval. */
  takeInterval(): LatencySummary {
    const summary = this.current.summary();
    this.current = new LatencyHistogram();
    return summary;
  }
}
