import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FeatureRegistry } from "../../src/core/registry.ts";
import { features } from "../../src/features/index.ts";
import { PROJECT_ROOT } from "../../src/paths.ts";

/** Message keys written literally in the code: `t("…")`, `format(locale, "…")`, help lines and commands. */
const KEY_USES = [
  /\bt\(\s*"([a-z][\w-]*\.[\w.-]+)"/g,
  /\.format\([^,()]+,\s*"([a-z][\w-]*\.[\w.-]+)"/g,
  /\b(?:key|description|usage):\s*"([a-z][\w-]*\.[\w.-]+)"/g,
];

describe("the message catalogues", () => {
  it("have every message key the code writes literally, in French and English", async () => {
    const registry = new FeatureRegistry(features);
    const entries = await readdir(path.join(PROJECT_ROOT, "src"), { withFileTypes: true, recursive: true });
    const missing: string[] = [];
    for (const entry of entries) {
      if (!entry.isFile() || !entry.name.endsWith(".ts") || entry.parentPath.includes("generated")) continue;
      const file = path.join(entry.parentPath, entry.name);
      const source = await readFile(file, "utf8");
      for (const pattern of KEY_USES) {
        for (const [, key] of source.matchAll(pattern)) {
          if (!registry.messages.has(key!)) missing.push(`${path.relative(PROJECT_ROOT, file)}: ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
