// What Linux's /proc says about one of the bench's processes: resident memory and CPU time used. Both
// answer undefined where /proc is not available.

import { readFileSync } from 'node:fs';

/** The process's resident set in MiB (VmRSS in /proc/<pid>/status). */
export function readRssMb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

// USER_HZ: the unit of utime and stime, 100 on every Linux platform Node supports.
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) the process has used so far (/proc/<pid>/stat fields 14 and 15). */
export function readCpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name, in parentheses, may contain spaces: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const user = Number(fields[11]);
    const system = Number(fields[12]);
    return Number.isFinite(user + system) ? (user + system) / TICKS_PER_SECOND : undefined;
  } catch {
    return undefined;
  }
}
