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

/** The whole machine: busy and all clock ticks of every CPU (/proc/stat), and CPU pressure (PSI). */
type Machine = { busy: number; all: number; pressureUs: number | null; atMs: number };

function machine(): Machine {
  // cpu  user nice system idle iowait irq softirq steal ...: idle and iowait are the only idle ones.
  const ticks = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  const all = ticks.reduce((a, b) => a + b, 0);
  let pressureUs: number | null = null;
  try {
    // "some": time in which at least one runnable task waited for a CPU (Linux 4.20+, when enabled).
    const some = /^some .*total=(\d+)/m.exec(readFileSync("/proc/pressure/cpu", "utf8"));
    pressureUs = some ? Number(some[1]) : null;
  } catch {
    // no pressure stall information on this kernel
  }
  return { busy: all - ticks[3]! - ticks[4]!, all, pressureUs, atMs: Date.now() };
}

export type CpuSnapshot = {
  at: Map<number, { kind: "web" | "postgres"; cpuSec: number }>;
  bench: number;
  machine: Machine;
};

/** CPU seconds so far of each process of the web instances (their process groups) and of the bench's PostgreSQL. */
export function cpuSnapshot(webGroups: readonly number[], postmaster: number): CpuSnapshot {
  const at = new Map<number, { kind: "web" | "postgres"; cpuSec: number }>();
  for (const p of processes()) {
    if (webGroups.includes(p.pgrp)) at.set(p.pid, { kind: "web", cpuSec: p.cpuSec });
    else if (p.pid === postmaster || p.ppid === postmaster)
      at.set(p.pid, { kind: "postgres", cpuSec: p.cpuSec });
  }
  const usage = process.cpuUsage();
  return { at, bench: (usage.user + usage.system) / 1e6, machine: machine() };
}

/**
 * `later`, plus the processes that `earlier` saw and `later` does not (a killed instance, the
 * backends of a restarted database): take a snapshot just before a fault, merge it into the last.
 */
export function withEnded(earlier: CpuSnapshot, later: CpuSnapshot): CpuSnapshot {
  const at = new Map(earlier.at);
  for (const [pid, p] of later.at) at.set(pid, p);
  return { ...later, at };
}

/**
 * CPU seconds used between two snapshots, by the web instances, PostgreSQL and the bench, so that
 * a run can say where the machine's time went; and how busy the whole machine was (percent of all
 * its CPUs) and for what share of the time something waited for a CPU. A process that ended in
 * between counts only up to the last snapshot that saw it (see `withEnded`).
 */
export function cpuUsedBetween(before: CpuSnapshot, after: CpuSnapshot) {
  const used = { web: 0, postgres: 0 };
  for (const [pid, now] of after.at) used[now.kind] += now.cpuSec - (before.at.get(pid)?.cpuSec ?? 0);
  const round = (v: number) => Math.round(v * 10) / 10;
  const [m0, m1] = [before.machine, after.machine];
  const wallUs = Math.max(1, (m1.atMs - m0.atMs) * 1000);
  return {
    web: round(used.web),
    postgres: round(used.postgres),
    bench: round(after.bench - before.bench),
    machine: {
      busy_pct: Math.round((100 * (m1.busy - m0.busy)) / Math.max(1, m1.all - m0.all)),
      cpu_pressure_pct:
        m0.pressureUs === null || m1.pressureUs === null
          ? null
          : Math.round((100 * (m1.pressureUs - m0.pressureUs)) / wallUs),
    },
  };
}

/** CPU milliseconds the web instances used between two snapshots, unrounded (for per-request costs). */
export function webCpuMsBetween(before: CpuSnapshot, after: CpuSnapshot) {
  let used = 0;
  for (const [pid, now] of after.at)
    if (now.kind === "web") used += now.cpuSec - (before.at.get(pid)?.cpuSec ?? 0);
  return used * 1000;
}
