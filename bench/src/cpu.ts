import { readdirSync, readFileSync } from "node:fs";

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux). */
const TICKS = 100;

type Proc = { pid: number; ppid: number; pgrp: number; cpuSec: number };

function processes(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // Fields after the command (which may hold spaces) in parentheses: state, ppid, pgrp, ... utime (14), stime (15).
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.push({
        pid: Number(name),
        ppid: Number(f[1]),
        pgrp: Number(f[2]),
        cpuSec: (Number(f[11]) + Number(f[12])) / TICKS,
      });
    } catch {
      // the process ended while the list was read
    }
  }
  return out;
}

export type CpuSnapshot = { at: Map<number, { kind: "web" | "postgres"; cpuSec: number }>; bench: number };

/** CPU seconds so far of each process of the web instances (their process groups) and of the bench's PostgreSQL. */
export function cpuSnapshot(webGroups: readonly number[], postmaster: number): CpuSnapshot {
  const at = new Map<number, { kind: "web" | "postgres"; cpuSec: number }>();
  for (const p of processes()) {
    if (webGroups.includes(p.pgrp)) at.set(p.pid, { kind: "web", cpuSec: p.cpuSec });
    else if (p.pid === postmaster || p.ppid === postmaster)
      at.set(p.pid, { kind: "postgres", cpuSec: p.cpuSec });
  }
  const usage = process.cpuUsage();
  return { at, bench: (usage.user + usage.system) / 1e6 };
}

/**
 * CPU seconds used between two snapshots, by the web instances, PostgreSQL and the bench, so that
 * a run can say where the machine's time went. A process that ended in between (the killed
 * instance, the backends from before a restart) is not counted: the figures are lower bounds.
 */
export function cpuUsedBetween(before: CpuSnapshot, after: CpuSnapshot) {
  const used = { web: 0, postgres: 0 };
  for (const [pid, now] of after.at) used[now.kind] += now.cpuSec - (before.at.get(pid)?.cpuSec ?? 0);
  const round = (v: number) => Math.round(v * 10) / 10;
  return { web: round(used.web), postgres: round(used.postgres), bench: round(after.bench - before.bench) };
}

/** CPU milliseconds the web instances used between two snapshots, unrounded (for per-request costs). */
export function webCpuMsBetween(before: CpuSnapshot, after: CpuSnapshot) {
  let used = 0;
  for (const [pid, now] of after.at)
    if (now.kind === "web") used += now.cpuSec - (before.at.get(pid)?.cpuSec ?? 0);
  return used * 1000;
}
