import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function status(pid: number, field: string): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** Peak resident memory (VmHWM) of a process, in bytes. */
export const peakRss = (pid: number) => status(pid, 'VmHWM');

function childrenOf(parent: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent) pids.push(Number(entry));
    } catch {
      // gone
    }
  }
  return pids;
}

/** The postmaster's pid, from its data directory (null when it is not there: an external server). */
export function postmasterPid(dataDir: string): number | null {
  try {
    return Number(readFileSync(join(dataDir, 'pg/postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
}

/** PostgreSQL: the postmaster's peak and the largest peak among its backends (shared buffers count in each). */
export function postgresPeak(dataDir: string): { postmaster: number; largestBackend: number; backends: number } | null {
  try {
    const pid = Number(readFileSync(join(dataDir, 'pg/postmaster.pid'), 'utf8').split('\n')[0]);
    const children = childrenOf(pid).map(peakRss).filter((v) => !Number.isNaN(v));
    return { postmaster: peakRss(pid), largestBackend: Math.max(0, ...children), backends: children.length };
  } catch {
    return null;
  }
}
