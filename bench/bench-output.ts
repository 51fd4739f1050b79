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
