import { useCallback, useEffect, useRef, useState } from 'react';
import type { BeaconFetchAnswer } from '../../../../shared/lottery/beaconFetchStatus';
import { api } from '../../api/api';

const POLL_MS = 3000;

/**
 * What the server fetches from drand for a process, polled while a round is awaited; `offsetMs` is the
 * server's clock minus the browser's, so countdowns follow the server. `version` (the log head) refetches
 * as soon as the process changes.
 */
export function useBeaconFetch(processId: string, isActive: boolean, version: string) {
  const [answer, setAnswer] = useState<BeaconFetchAnswer | undefined>();
  const [offsetMs, setOffsetMs] = useState(0);
  const [isRetrying, setRetrying] = useState(false);
  const alive = useRef(true);

  const accept = useCallback((next: BeaconFetchAnswer) => {
    if (!alive.current) return;
    setAnswer(next);
    setOffsetMs(Date.parse(next.now) - Date.now());
  }, []);

  const load = useCallback(async () => {
    try {
      accept(await api('beacon.status', { params: { id: processId } }));
    } catch {
      // A missed poll is retried at the next tick; the paste form stays available meanwhile.
    }
  }, [accept, processId]);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const isSettled =
    answer !== undefined &&
    (!answer.enabled || answer.beacons.every((beacon) => beacon.phase === 'fetched'));
  useEffect(() => {
    if (!isActive) return;
    void load();
  }, [isActive, load, version]);
  useEffect(() => {
    if (!isActive || isSettled) return;
    const timer = setInterval(() => void load(), POLL_MS);
    return () => clearInterval(timer);
  }, [isActive, isSettled, load]);

  const retry = useCallback(async () => {
    setRetrying(true);
    try {
      accept(await api('beacon.retry', { params: { id: processId } }));
    } catch {
      await load();
    } finally {
      if (alive.current) setRetrying(false);
    }
  }, [accept, load, processId]);

  return { answer, offsetMs, retry, isRetrying };
}
