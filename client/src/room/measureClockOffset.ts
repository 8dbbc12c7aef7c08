// Measures how far this device's clock is from the server's: a few clock:sync round trips, one after the
// other, folded by the shared NTP-style estimate (the shortest round trip wins).
import { estimateClockOffset, type ClockSample } from '../../../shared/time/clockOffset';

type SyncAnswer = { ok: true; data: { serverTime: number } } | { ok: false };

/** Server time minus device time (ms), or undefined if no sample came back. */
export async function measureClockOffset(
  ask: () => Promise<SyncAnswer>,
  rounds = 5,
): Promise<number | undefined> {
  const samples: ClockSample[] = [];
  for (let i = 0; i < rounds; i++) {
    const sentAt = Date.now();
    try {
      const answer = await ask();
      const receivedAt = Date.now();
      if (answer.ok) samples.push({ sentAt, serverTime: answer.data.serverTime, receivedAt });
    } catch {
      // A lost sample is only one fewer; the others still measure the offset.
    }
  }
  return samples.length === 0 ? undefined : estimateClockOffset(samples).offsetMs;
}
