import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";
import { FeatureRegistry } from "../src/core/registry.ts";
import { permissionsTable } from "../src/docs/permissions.ts";
import { sectionOf } from "../src/docs/readme-sections.ts";
import { allSettings, envExample, settingsTable } from "../src/docs/settings.ts";
import { features } from "../src/features/index.ts";
import { PROJECT_ROOT } from "../src/paths.ts";

/** What the documentation says of the code is written from the code (npm run docs) and checked here. */
describe("the documentation written from the code", () => {
  const registry = new FeatureRegistry(features);
  const groups = allSettings(registry);
  const readme = () => readFile(path.join(PROJECT_ROOT, "README.md"), "utf8");

  it("is .env.example, from every feature's and channel's settings", async () => {
    expect(await readFile(path.join(PROJECT_ROOT, ".env.example"), "utf8")).toBe(envExample(groups));
  });

  it("is the README's configuration table", async () => {
    expect(sectionOf(await readme(), "settings-table")).toBe(settingsTable(groups));
  });

  it("is the README's table of who may do what, from the handlers' own role checks", async () => {
    const table = permissionsTable(registry);
    expect(sectionOf(await readme(), "permissions-table")).toBe(table);
    expect(table).toContain("| coordination | command: `/repondre` | `coordinator` |");
    expect(table).toContain("| orientation | message: `orientation.resource` | everyone |");
  });

  it("gives values in .env.example that the configuration accepts as they are", () => {
    const lines = envExample(groups)
      .split("\n")
      .filter((line) => /^[A-Z_]+=/.test(line));
    const env = Object.fromEntries(lines.map((line) => line.split("=", 2) as [string, string]));
    expect(() => loadConfig(env, groups.slice(1))).not.toThrow();
  });
});
