import { describe, expect, it } from "vitest";
import { errorsOutsideFaults, recoverySeconds, type ExamRun, type Failure } from "./exam";
import { loopbackAddress } from "./addresses";
import { examConfigFor } from "./config";

const failure = (sentAt: number, endAt = sentAt + 100): Failure => ({
  kind: "save",
  sentAt,
  endAt,
  status: 500,
  error: "INTERNAL_ERROR",
});

function run(failures: Failure[], successEnds: number[], probes: ExamRun["probes"] = []): ExamRun {
  return {
    failures,
    successEnds,
    probes,
    faults: [
      { name: "instance_kill", at: 10_000, nominalMs: 0, endedAt: 10_000 },
      { name: "db_restart", at: 40_000, nominalMs: 5000, endedAt: 45_300 },
    ],
  } as unknown as ExamRun;
}

describe("fault windows", () => {
  it("counts as errors only failures sent outside every fault's outage plus 10 s", () => {
    const r = run(
      [failure(5000), failure(12_000), failure(21_000), failure(44_000), failure(55_000), failure(56_000)],
      [],
    );
    expect(errorsOutsideFaults(r).map((f) => f.sentAt)).toEqual([5000, 21_000, 56_000]);
  });

  it("measures recovery to the last failure after a fault, or to the first success after its outage", () => {
    const r = run([failure(41_000, 41_200), failure(45_000, 46_500)], [9000, 10_300, 44_000, 47_000]);
    expect(recoverySeconds(r)).toEqual({ instance_kill: 0.3, db_restart: 6.5 });
  });

  it("counts the prober's failures too, when no student happened to send anything", () => {
    const probes = [
      { sentAt: 40_100, endAt: 40_150, ok: false },
      { sentAt: 45_200, endAt: 45_900, ok: false },
      { sentAt: 46_150, endAt: 46_200, ok: true },
    ];
    const r = run([], [10_050, 47_000], probes);
    expect(recoverySeconds(r)).toEqual({ instance_kill: 0.1, db_restart: 5.9 });
    expect(errorsOutsideFaults(r)).toEqual([]);
  });
});

describe("loopbackAddress", () => {
  it("gives each student (or group) its own address in 127.0.0.0/8, never 127.0.0.x", () => {
    expect(loopbackAddress(0, 1)).toBe("127.0.1.1");
    expect(loopbackAddress(253, 1)).toBe("127.0.1.254");
    expect(loopbackAddress(254, 1)).toBe("127.0.2.1");
    expect(loopbackAddress(9, 5)).toBe("127.0.1.2");
    const all = new Set(Array.from({ length: 2000 }, (_, i) => loopbackAddress(i, 1)));
    expect(all.size).toBe(2000);
  });
});

describe("exam config", () => {
  it("is the issue's size by default, 2,000 students on the full pace; --students and --quick change it", () => {
    const full = examConfigFor(["--exam"]);
    expect(full.students).toBe(2000);
    expect(full.pace).toBe("full");
    expect(full.plan.releaseSec).toBe(60);
    expect(examConfigFor(["--exam", "--students", "200", "--quick"])).toMatchObject({
      students: 200,
      pace: "quick",
    });
    expect(() => examConfigFor(["--exam", "--students", "x"])).toThrow();
  });

  it("moves the proxy, the instances and its PostgreSQL to other ports when asked", () => {
    expect(examConfigFor(["--exam"]).ports).toEqual({ proxy: 3500, web: [3501, 3502], postgres: 55432 });
    expect(examConfigFor(["--exam", "--port-base", "4640", "--pg-port", "5440"]).ports).toEqual({
      proxy: 4640,
      web: [4641, 4642],
      postgres: 5440,
    });
    expect(() => examConfigFor(["--exam", "--port-base", "http"])).toThrow("--port-base needs a port number");
  });
});
