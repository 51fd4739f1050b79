import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/paths.ts";

describe("the NLU module", () => {
  it("is the only part of the bot that knows node-nlp, through one file", async () => {
    const src = path.join(PROJECT_ROOT, "src");
    const files = (await readdir(src, { recursive: true })).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"));
    const importers: string[] = [];
    for (const file of files) {
      const source = await readFile(path.join(src, file), "utf8");
      if (/from\s+["'](node-nlp|@nlpjs\/[^"']+)["']|require\(\s*["'](node-nlp|@nlpjs\/)/.test(source)) importers.push(file.split(path.sep).join("/"));
    }
    expect(importers).toEqual(["nlu/nlp-engine.ts"]);
  });
});
