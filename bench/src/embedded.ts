import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { signInAll } from "./auth";
import { appSaveThroughput, type Throughput } from "./baselines";
import { runBurst, type BurstResult } from "./burst";
import { EXAM_PACE_SEC, type BenchConfig, type EmbeddedEngine } from "./config";
import { addAssignment, BENCH_PASSWORD, createExam, examTally } from "./fixtures";
import { HttpClient } from "./http";
import { log } from "./log";
import { run, startServer, type Server } from "./server";

export type EmbeddedFigures = {
  burst: BurstResult;
  tally: Awaited<ReturnType<typeof examTally>>;
  throughput: Throughput;
  /** Students whose saves keep the embedded server at most half busy, at the full burst's pace. */
  classSizeServedWell: number;
};

export type EmbeddedServer = { server: Server; url: string; stop: () => Promise<void> };

/**
 * The embedded default's data folder, migrated and seeded as `pnpm start` does on a first run, in a
 * process of its own (that set-up changes the process's database settings). The first run's Prisma
 * CLI takes ~15 s, so this runs alongside the build, where it costs no time. `engine` is what the
 * embedded default runs on (EMBEDDED_DATABASE): PGlite, or a PostgreSQL 18 from npm.
 */
export async function prepareEmbedded(config: BenchConfig, engine: EmbeddedEngine = "pglite") {
  const dir = mkdtempSync(path.join(tmpdir(), `dc-bench-${engine}-`));
  try {
    const env = {
      PGLITE_DATA_DIR: path.join(dir, engine),
      PGLITE_PORT: String(config.ports.pglite),
      EMBEDDED_DATABASE: engine,
    };
    await run(
      "pnpm",
      ["exec", "tsx", "src/prepare-embedded.ts"],
      env,
      path.resolve(import.meta.dirname, ".."),
    ).catch((error: Error) => {
      throw new Error(`preparing the embedded database failed: ${error.message}`);
    });
    return dir;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The embedded default: the app's own serve script with no DATABASE_URL, so it runs PGlite (or,
 * with `engine` "postgres", a PostgreSQL 18 from npm) in the prepared folder, as a newcomer's
 * `pnpm start` does after its first run.
 */
export async function startEmbedded(
  config: BenchConfig,
  dir: string,
  engine: EmbeddedEngine = "pglite",
): Promise<EmbeddedServer> {
  const { ports } = config;
  try {
    const server = await startServer({
      port: ports.embedded,
      env: {
        DATABASE_URL: "",
        PGLITE_DATA_DIR: path.join(dir, engine),
        PGLITE_PORT: String(ports.pglite),
        EMBEDDED_DATABASE: engine,
      },
    });
    return {
      server,
      url: `postgresql://postgres:postgres@127.0.0.1:${ports.pglite}/postgres?sslmode=disable`,
      stop: async () => {
        await server.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** The exam burst on the embedded server, then its save capacity. */
export async function embeddedBurst(config: BenchConfig, embedded: EmbeddedServer): Promise<EmbeddedFigures> {
  const { students, timeLimitSec, plan } = config.embedded;
  const http = new HttpClient(embedded.server.origin, students + 4);
  try {
    const exam = await createExam(embedded.url, {
      tag: "emb",
      students,
      items: config.burst.items,
      timeLimitSec,
    });
    log(`embedded: signing in ${students} students`);
    const cookies = await signInAll(http, exam.studentEmails, BENCH_PASSWORD);
    const burst = await runBurst(http, cookies, exam, plan);
    const tally = await examTally(embedded.url, exam.assignmentId);
    log(`embedded: save capacity`);
    const throughput = await appSaveThroughput(
      http,
      cookies,
      await addAssignment(embedded.url, exam, "capacity", null),
    );
    const classSizeServedWell = Math.floor(0.5 * throughput.perSecond * EXAM_PACE_SEC);
    return { burst, tally, throughput, classSizeServedWell };
  } catch (error) {
    log(`embedded server output:\n${embedded.server.output().slice(-4000)}`);
    throw error;
  } finally {
    await http.close();
  }
}
