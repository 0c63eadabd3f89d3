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

/**
 * CPU seconds used so far by the web instances (their process groups) and by the bench's
 * PostgreSQL (the postmaster and its children), so that a run can say where the machine's time
 * went. A process that has ended (a killed instance, a finished backend) no longer counts: the
 * differences are lower bounds.
 */
export function cpuSnapshot(webGroups: readonly number[], postmaster: number) {
  const all = processes();
  const sum = (list: Proc[]) => list.reduce((s, p) => s + p.cpuSec, 0);
  return {
    web: sum(all.filter((p) => webGroups.includes(p.pgrp))),
    postgres: sum(all.filter((p) => p.pid === postmaster || p.ppid === postmaster)),
    bench: process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6,
  };
}
