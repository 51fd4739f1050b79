import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/paths.ts";

const SRC = path.join(PROJECT_ROOT, "src");

/** Our own TypeScript files under `dir` (the generated Prisma client is not ours). */
async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".d.ts"))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !file.includes(`${path.sep}generated${path.sep}`));
}

/** Every module a file imports or re-exports, type-only imports and dynamic imports included. */
async function importsOf(file: string): Promise<string[]> {
  const source = await readFile(file, "utf8");
  const statics = [...source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+["']([^"']+)["']/gm)];
  const dynamics = [...source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)];
  return [...statics, ...dynamics].map((m) => m[1]!);
}

/** `src/…` path of a relative import, or undefined for packages and Node's modules. */
const resolve = (from: string, spec: string): string | undefined =>
  spec.startsWith(".") ? path.relative(PROJECT_ROOT, path.resolve(path.dirname(from), spec)) : undefined;

const PLATFORM = /^(@slack\/|discord\.js|@discordjs\/)|^node:readline/;

/** src files → the src files they import. */
let graph: Map<string, string[]>;
let packages: Map<string, string[]>;

beforeAll(async () => {
  graph = new Map();
  packages = new Map();
  for (const file of await sourceFiles(SRC)) {
    const imports = await importsOf(file);
    const local = imports.flatMap((spec) => resolve(file, spec) ?? []);
    graph.set(path.relative(PROJECT_ROOT, file), local);
    packages.set(
      path.relative(PROJECT_ROOT, file),
      imports.filter((spec) => !spec.startsWith(".")),
    );
  }
});

const filesUnder = (folder: string) => [...graph.keys()].filter((file) => file.startsWith(`${folder}/`));

/** Imports of the files under `folder` that `allowed` refuses, as "file imports target". */
function offenders(folder: string, allowed: (target: string, file: string) => boolean): string[] {
  return filesUnder(folder).flatMap((file) =>
    graph
      .get(file)!
      .filter((target) => !allowed(target, file))
      .map((target) => `${file} imports ${target}`),
  );
}

const inside = (target: string, ...folders: string[]) => folders.some((folder) => target.startsWith(`${folder}/`));

describe("the architecture", () => {
  it("keeps the core and the features free of any platform or channel code", () => {
    const found = [...filesUnder("src/core"), ...filesUnder("src/features")].flatMap((file) =>
      packages
        .get(file)!
        .filter((spec) => PLATFORM.test(spec))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(found).toEqual([]);
  });

  it("lets a feature import only the core, the utilities and its own folder", () => {
    const featureOf = (file: string) => file.split("/").slice(0, 3).join("/");
    const found = offenders("src/features", (target, file) => {
      if (featureOf(file) === "src/features/index.ts") return true; // the list of installed features
      return inside(target, "src/core", "src/util", featureOf(file));
    });
    expect(found).toEqual([]);
  });

  it("keeps the core free of features, channels, the NLU, the scheduler and the composition roots", () => {
    const found = offenders(
      "src/core",
      (target) =>
        inside(target, "src/core", "src/util", "src/generated/prisma") ||
        ["src/config.ts", "src/log.ts", "src/db/client.ts"].includes(target),
    );
    expect(found).toEqual([]);
  });

  it("keeps the territory and resource vocabulary a leaf both the core and the NLU may import", () => {
    const found = offenders(
      "src/core/vocabulary",
      (target) => inside(target, "src/core/vocabulary", "src/util") || target === "src/core/locale.ts",
    );
    expect(found).toEqual([]);
  });

  it("has no import cycle in src, type-only imports included", () => {
    const cycles: string[] = [];
    const state = new Map<string, "visiting" | "done">();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "visiting") {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(" → "));
        return;
      }
      state.set(file, "visiting");
      for (const target of graph.get(file) ?? []) visit(target, [...trail, file]);
      state.set(file, "done");
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it("imports node-nlp (or its @nlpjs packages) in exactly one file", () => {
    const importers = [...packages.entries()]
      .filter(([, specs]) => specs.some((spec) => /^(node-nlp|@nlpjs\/)/.test(spec)))
      .map(([file]) => file);
    expect(importers).toEqual(["src/nlu/nlp-engine.ts"]);
  });

  it("reads process.env only in the configuration loader and the composition roots", async () => {
    const readers: string[] = [];
    for (const file of graph.keys()) {
      if ((await readFile(path.join(PROJECT_ROOT, file), "utf8")).includes("process.env")) readers.push(file);
    }
    expect(readers.filter((f) => !["src/config.ts", "src/main.ts", "src/cli/chat.ts"].includes(f))).toEqual([]);
  });
});
