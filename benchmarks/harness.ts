/** Shared helpers of the benchmark scripts: timing, medians, shared-data loading, result files. */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import os from "node:os";

export const SHARED_DATA = fileURLToPath(new URL("../../shared/data/", import.meta.url));

/** Reads a file of ../shared/data (gunzipping .gz), with a clear error when it is absent. */
export function readShared(relative: string): string {
  const path = SHARED_DATA + relative;
  if (!existsSync(path)) throw new Error(`benchmark needs ${path} (the shared data set beside this repository)`);
  const bytes = readFileSync(path);
  return relative.endsWith(".gz") ? gunzipSync(bytes).toString("utf8") : bytes.toString("utf8");
}

/** Parses NDJSON text into objects. */
export function parseNdjson<T>(text: string): T[] {
  return text.split("\n").filter((l) => l.trim().length > 0).map((l) => JSON.parse(l) as T);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Runs `fn` `runs` times and returns each run's duration in milliseconds. */
export function timeRuns(runs: number, fn: () => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

export function fmt(n: number, digits = 0): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function machine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${fmt(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/** Writes one benchmark's markdown section to benchmarks/results/<name>.md and prints it. */
export function writeSection(name: string, markdown: string): void {
  const dir = fileURLToPath(new URL("./results/", import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}${name}.md`, markdown.trim() + "\n");
  console.log(markdown);
}

export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Reliability table over ten equal-width score bins, and the expected calibration error. */
export function calibration(outcomes: { score: number; correct: boolean }[]): { table: string; ece: number } {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, score: 0, correct: 0 }));
  for (const o of outcomes) {
    const b = bins[Math.min(9, Math.floor(o.score * 10))] as { n: number; score: number; correct: number };
    b.n++;
    b.score += o.score;
    b.correct += o.correct ? 1 : 0;
  }
  let ece = 0;
  const rows = bins.map((b, i) => {
    if (b.n === 0) return `| ${(i / 10).toFixed(1)}-${((i + 1) / 10).toFixed(1)} | 0 | | |`;
    ece += (b.n / outcomes.length) * Math.abs(b.score / b.n - b.correct / b.n);
    return `| ${(i / 10).toFixed(1)}-${((i + 1) / 10).toFixed(1)} | ${fmt(b.n)} | ${(b.score / b.n).toFixed(3)} | ${(b.correct / b.n).toFixed(3)} |`;
  });
  return { table: `| top-1 score | queries | mean score | share correct |\n|---|---:|---:|---:|\n${rows.join("\n")}`, ece };
}
