import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumPath } from "./bench-env";
import { log } from "./log";
import { median } from "./stats";

export const CHROMIUM = chromiumPath();

export type PageTarget = { route: string; path: string; cookie?: string };
export type PageFigures = {
  path: string;
  score: number | null;
  lcp_ms: number | null;
  tbt_ms: number | null;
  cls: number | null;
  first_load_js_kb: number;
  scripts: number;
  runs: number;
};

/**
 * First-load JavaScript of a page: the <script src> chunks its HTML names (but `noModule` ones), each
 * gzipped (zlib, default level) and summed, as a current browser downloads them on a first visit.
 */
export async function firstLoadJs(origin: string, target: PageTarget) {
  const headers = target.cookie ? { cookie: target.cookie } : undefined;
  const res = await fetch(origin + target.path, { headers, redirect: "manual" });
  if (res.status !== 200) throw new Error(`${target.path}: HTTP ${res.status} (not signed in?)`);
  const html = await res.text();
  // `noModule` scripts (Next's legacy polyfills) are skipped by every browser that runs modules.
  const tags = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)];
  const sources = [...new Set(tags.filter((m) => !/nomodule/i.test(m[1]! + m[3]!)).map((m) => m[2]!))];
  let bytes = 0;
  for (const src of sources) {
    const js = await fetch(new URL(src.replaceAll("&amp;", "&"), origin));
    if (!js.ok) throw new Error(`${src}: HTTP ${js.status}`);
    bytes += gzipSync(Buffer.from(await js.arrayBuffer())).length;
  }
  return { kb: Math.round((bytes / 1024) * 10) / 10, scripts: sources.length };
}

type Lhr = {
  categories: { performance?: { score: number | null } };
  audits: Record<string, { numericValue?: number }>;
  runtimeError?: { message: string };
};

/**
 * Lighthouse 12 (its default, mobile, config: Moto G-class device, simulated slow 4G and 4x CPU
 * slowdown), performance only, in Debian's Chromium; `runs` runs per page, the median of each figure.
 */
export async function auditPages(origin: string, targets: readonly PageTarget[], runs: number) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
  const out: Record<string, PageFigures> = {};
  try {
    for (const target of targets) {
      const js = await firstLoadJs(origin, target);
      const lhrs: Lhr[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(origin + target.path, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance"],
          extraHeaders: target.cookie ? { Cookie: target.cookie } : undefined,
        });
        const lhr = result?.lhr as Lhr | undefined;
        if (!lhr || lhr.runtimeError)
          throw new Error(`lighthouse ${target.path}: ${lhr?.runtimeError?.message ?? "no result"}`);
        lhrs.push(lhr);
      }
      const med = (pick: (l: Lhr) => number | null | undefined) =>
        median(lhrs.map(pick).filter((v): v is number => typeof v === "number"));
      const score = med((l) => l.categories.performance?.score);
      const cls = med((l) => l.audits["cumulative-layout-shift"]?.numericValue);
      out[target.route] = {
        path: target.path,
        score: score === null ? null : Math.round(score * 100),
        lcp_ms: roundOrNull(med((l) => l.audits["largest-contentful-paint"]?.numericValue)),
        tbt_ms: roundOrNull(med((l) => l.audits["total-blocking-time"]?.numericValue)),
        cls: cls === null ? null : Math.round(cls * 1000) / 1000,
        first_load_js_kb: js.kb,
        scripts: js.scripts,
        runs,
      };
      log(`pages: ${target.route} score ${out[target.route]!.score}, JS ${js.kb} KB`);
    }
  } finally {
    chrome.kill();
  }
  return out;
}

const roundOrNull = (v: number | null) => (v === null ? null : Math.round(v));
