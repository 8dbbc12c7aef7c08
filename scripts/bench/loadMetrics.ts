// What the main process of `bench:load` measures: the jurors' and the facilitator's acks, the HTTP
// requests, and errors by kind. (Delivery to the observers is measured in their own process.)

import { LatencyWindow } from './latencyHistogram';

export class LoadMetrics {
  /** score:submit, from the juror's emit to its ack. */
  readonly scoreAcks = new LatencyWindow();
  /** The facilitator's agenda and phase actions, emit to ack. */
  readonly facilitatorAcks = new LatencyWindow();
  readonly http = new LatencyWindow();
  /** The same requests, by path (the process id replaced by `:id`). */
  readonly httpByPath = new Map<string, LatencyWindow>();
  readonly errors = new Map<string, number>();
  httpRequests = 0;
  ballots = 0;
  reveals = 0;

  recordHttp(path: string, ms: number): void {
    this.http.record(ms);
    let window = this.httpByPath.get(path);
    if (window === undefined) this.httpByPath.set(path, (window = new LatencyWindow()));
    window.record(ms);
  }

  countError(kind: string): void {
    this.errors.set(kind, (this.errors.get(kind) ?? 0) + 1);
  }
}
