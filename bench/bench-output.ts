// What every benchmark writes besides its figures: where it ran, and its results file.
import { mkdir, writeFile } from "node:fs/promises";
import { cpus } from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../src/paths.ts";

/** Where a benchmark ran, stored with its figures. */
export function benchEnvironment(): { node: string; platform: string; cpus: number; date: string } {
  return {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus().length,
    date: new Date().toISOString(),
  };
}

/** Writes bench/results/<name>.json and says where. */
export async function writeBenchResult(name: string, result: unknown): Promise<void> {
  const dir = path.join(PROJECT_ROOT, "bench", "results");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`written to ${path.relative(process.cwd(), file)}\n`);
}

/** A Markdown table of latencies (p50, p99, max), one row per measure. */
export function latencyTable(rows: readonly [string, { p50Ms: number; p99Ms: number; maxMs: number }][]): string[] {
  const ms = (n: number) => n.toFixed(1).padStart(8);
  return [
    `| ${"measure".padEnd(40)} | ${"p50 ms".padStart(8)} | ${"p99 ms".padStart(8)} | ${"max ms".padStart(8)} |`,
    `|${"-".repeat(42)}|${"-".repeat(10)}|${"-".repeat(10)}|${"-".repeat(10)}|`,
    ...rows.map(([name, s]) => `| ${name.padEnd(40)} | ${ms(s.p50Ms)} | ${ms(s.p99Ms)} | ${ms(s.maxMs)} |`),
  ];
}
