// The server's time as this device estimates it (its clock plus the measured offset), refreshed several
// times a second so a countdown never lags a second behind.
import { useEffect, useState } from 'react';

/** Server time in ms, or undefined while the offset is not yet measured (a wrong clock shows nothing). */
export function useServerNow(offsetMs: number | undefined, active = true): number | undefined {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active || offsetMs === undefined) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [active, offsetMs]);
  return offsetMs === undefined ? undefined : now + offsetMs;
}
