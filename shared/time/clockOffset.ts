// The offset between a client's clock and the server's, measured NTP-style from a few round trips, so
// that timers are shown on the server's time whatever the device's clock says.
// Spec: docs/deliberation.md, section "The floor, the timer and the facilitator's tools".

/** One round trip: the client's clock when it asked and when the answer came, and the server's clock. */
export interface ClockSample {
  sentAt: number;
  serverTime: number;
  receivedAt: number;
}

export interface ClockOffset {
  /** Add to the client's clock to get the server's (ms). */
  offsetMs: number;
  /** Round trip of the sample used; the offset is exact to within half of it. */
  roundTripMs: number;
}

/**
 * Estimates the clock offset from samples: each gives `serverTime − (sentAt + receivedAt) / 2`, exact if
 * the request and the answer took the same time; the sample with the shortest round trip is kept, as it
 * bounds the error most tightly.
 * @throws {RangeError} when there is no sample, or a sample is not finite or received before it was sent.
 */
export function estimateClockOffset(samples: readonly ClockSample[]): ClockOffset {
  if (samples.length === 0) throw new RangeError('samples: at least one clock sample is needed');
  let best: ClockOffset | undefined;
  samples.forEach((sample, i) => {
    const { sentAt, serverTime, receivedAt } = sample;
    if (![sentAt, serverTime, receivedAt].every(Number.isFinite))
      throw new RangeError(`samples[${i}]: times must be finite numbers`);
    const roundTripMs = receivedAt - sentAt;
    if (roundTripMs < 0) throw new RangeError(`samples[${i}]: received before it was sent`);
    if (best === undefined || roundTripMs < best.roundTripMs)
      best = { offsetMs: serverTime - (sentAt + receivedAt) / 2, roundTripMs };
  });
  return best as ClockOffset;
}
