import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";
import { FeatureRegistry } from "../src/core/registry.ts";
import { features } from "../src/features/index.ts";
import { PROJECT_ROOT } from "../src/paths.ts";
import { allSettings, envExample, settingsTable, TABLE_END, TABLE_START } from "../src/settings-docs.ts";

describe("the documentation of the settings", () => {
  const groups = allSettings(new FeatureRegistry(features));

  it("is .env.example, written from every feature's and channel's definitions (npm run docs:settings)", async () => {
    expect(await readFile(path.join(PROJECT_ROOT, ".env.example"), "utf8")).toBe(envExample(groups));
  });

  it("is the README's configuration table", async () => {
    const readme = await readFile(path.join(PROJECT_ROOT, "README.md"), "utf8");
    const table = readme.slice(readme.indexOf(TABLE_START) + TABLE_START.length, readme.indexOf(TABLE_END)).trim();
    expect(table).toBe(settingsTable(groups));
  });

  it("gives values the configuration accepts as they are", async () => {
    const lines = envExample(groups)
      .split("\n")
      .filter((line) => /^[A-Z_]+=/.test(line));
    const env = Object.fromEntries(lines.map((line) => line.split("=", 2) as [string, string]));
    expect(() => loadConfig(env, groups.slice(1))).not.toThrow();
  });
});
