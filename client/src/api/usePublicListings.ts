// The public listings the home page and the site map both show: the published processes and the calls for
// projects. Each stays undefined while it loads and becomes empty if it cannot be loaded: a listing that
// fails leaves the rest of the page usable.

import { useEffect, useState } from 'react';
import type { Contract } from '../../../shared/api/contract';
import type { ApiOutput } from '../../../shared/api/route';
import { api } from './api';

export interface PublicListings {
  processes: ApiOutput<Contract['public.processes']> | undefined;
  calls: ApiOutput<Contract['publicCalls.list']> | undefined;
}

/** Loads both public listings once, side by side. */
export function usePublicListings(): PublicListings {
  const [processes, setProcesses] = useState<PublicListings['processes']>();
  const [calls, setCalls] = useState<PublicListings['calls']>();
  useEffect(() => {
    let isCurrent = true;
    const keep =
      <T>(set: (value: T) => void) =>
      (value: T) => {
        if (isCurrent) set(value);
      };
    api('public.processes')
      .then(keep(setProcesses))
      .catch(() => keep(setProcesses)([]));
    api('publicCalls.list')
      .then(keep(setCalls))
      .catch(() => keep(setCalls)([]));
    return () => {
      isCurrent = false;
    };
  }, []);
  return { processes, calls };
}
