import { useEffect, useState } from 'react';
import { api } from '../api/api';

/**
 * Whether the server seeded this process as a demonstration, from its public view (`demo: true`).
 * False until known, and when the process cannot be read.
 */
export function useIsDemoProcess(processId: string | undefined): boolean {
  const [isDemo, setIsDemo] = useState(false);
  useEffect(() => {
    setIsDemo(false);
    if (processId === undefined) return;
    let live = true;
    api('public.process', { params: { id: processId } }).then(
      (view) => {
        if (live) setIsDemo(view.demo === true);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [processId]);
  return isDemo;
}
