import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

/** Clock ticks per second of /proc's utime/stime (USER_HZ: 100 on every Linux the bench runs on). */
const TICKS = 100;

interface ProcTimes {
  ppid: number;
  /** utime + stime of the process itself, in ticks. */
  own: number;
  /** cutime + cstime: children it has waited for (PostgreSQL backends that exited). */
  children: number;
}

function procTimes(pid: number): ProcTimes | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
    return { ppid: Number(fields[1]), own: Number(fields[11]) + Number(fields[12]), children: Number(fields[13]) + Number(fields[14]) };
  } catch {
    return null;
  }
}

function allPids(): number[] {
  return readdirSync('/proc').filter((entry) => /^\d+$/.test(entry)).map(Number);
}

/** The processes whose CPU the bench accounts for, by name; PostgreSQL counts its postmaster and every backend. */
export interface Accounted {
  processes: Record<string, number>;
  postmaster?: number;
}

/** CPU seconds used so far by each accounted process (PostgreSQL: postmaster, live backends and reaped ones). */
export type CpuSnapshot = Record<string, number>;

export function cpuSnapshot(accounted: Accounted): CpuSnapshot {
  const snapshot: CpuSnapshot = {};
  for (const [name, pid] of Object.entries(accounted.processes)) {
    const times = procTimes(pid);
    snapshot[name] = times ? times.own / TICKS : NaN;
  }
  if (accounted.postmaster) {
    const master = procTimes(accounted.postmaster);
    let ticks = master ? master.own + master.children : NaN;
    for (const pid of allPids()) {
      const times = procTimes(pid);
      if (times && times.ppid === accounted.postmaster) ticks += times.own;
    }
    snapshot.postgres = ticks / TICKS;
  }
  return snapshot;
}

/** CPU seconds of each process between two snapshots. */
export function cpuDelta(before: CpuSnapshot, after: CpuSnapshot): CpuSnapshot {
  return Object.fromEntries(Object.keys(after).map((name) => [name, Math.max(0, after[name]! - (before[name] ?? NaN))]));
}

/** Busy CPU seconds of the whole machine so far (every core), from /proc/stat. */
export function machineBusySeconds(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) / TICKS;
}

/** What else ran on the machine during a run: CPU not used by any accounted process. */
export interface MachineLoad {
  /** 1-minute load average just before the run. */
  loadBefore: number;
  /** Cores used on average by processes the bench does not account for (other engineers' builds…). */
  foreignCores: number;
}

/** Above this, a run's figures measure the neighbours as much as the hub: the report refuses them. */
export const MAX_FOREIGN_CORES = 0.25;

export function loadBefore(): number {
  return loadavg()[0]!;
}

export function foreignCores(busyBefore: number, busyAfter: number, ours: CpuSnapshot, seconds: number): number {
  const accounted = Object.values(ours).filter((v) => !Number.isNaN(v)).reduce((sum, v) => sum + v, 0);
  return seconds > 0 ? Math.max(0, busyAfter - busyBefore - accounted) / seconds : 0;
}
