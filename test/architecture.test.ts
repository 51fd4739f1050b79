import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/paths.ts";

/** Our own TypeScript files under `dir` (the generated Prisma client is not ours). */
async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !file.includes(`${path.sep}generated${path.sep}`));
}

async function importsOf(file: string): Promise<string[]> {
  const source = await readFile(file, "utf8");
  return [...source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+["']([^"']+)["']/gm)].map((m) => m[1]!);
}

const PLATFORM = /^(@slack\/|discord\.js|@discordjs\/)|^node:readline|\/channels\//;

describe("the architecture", () => {
  it("keeps the core and the features free of any platform or channel code", async () => {
    const offenders: string[] = [];
    for (const folder of ["src/core", "src/features"]) {
      for (const file of await sourceFiles(path.join(PROJECT_ROOT, folder))) {
        for (const spec of await importsOf(file)) {
          if (PLATFORM.test(spec)) offenders.push(`${path.relative(PROJECT_ROOT, file)} imports ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it("imports node-nlp (or its @nlpjs packages) in exactly one file", async () => {
    const importers: string[] = [];
    for (const file of await sourceFiles(path.join(PROJECT_ROOT, "src"))) {
      if (file.endsWith(".d.ts")) continue;
      const source = await readFile(file, "utf8");
      if (/from\s+["'](node-nlp|@nlpjs\/[^"']+)["']|require\(\s*["'](node-nlp|@nlpjs\/)/.test(source)) {
        importers.push(path.relative(PROJECT_ROOT, file));
      }
    }
    expect(importers).toEqual(["src/nlu/nlp-engine.ts"]);
  });

  it("reads process.env only in the configuration loader and the composition roots", async () => {
    const readers: string[] = [];
    for (const file of await sourceFiles(path.join(PROJECT_ROOT, "src"))) {
      if ((await readFile(file, "utf8")).includes("process.env")) readers.push(path.relative(PROJECT_ROOT, file));
    }
    expect(readers.filter((f) => !["src/config.ts", "src/main.ts", "src/cli/chat.ts"].includes(f))).toEqual([]);
  });
});
