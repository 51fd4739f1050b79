import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_MEMBERS_FILE } from "../../../src/paths.ts";
import { runScriptIn } from "../../support/script-process.ts";

// The command as the person who runs the bot types it (`npm run members:import -- FILE`), in its own process and database.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "members-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const runImport = (args: string[]) => runScriptIn(dir, "scripts/members-import.ts", args);

describe("npm run members:import", () => {
  it("refuses a bad copy with exit code 1, imports the demo file, then deactivates who left only when asked", async () => {
    const demo = await readFile(DEMO_MEMBERS_FILE, "utf8");
    const bad = path.join(dir, "membres.yaml");
    await writeFile(bad, demo.replace("profession: IDEL", "profession: infirmier de nuit"), "utf8");
    const refused = await runImport([bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /membres\.yaml:\d+ \(nicolas-andre\) profession: unknown profession "infirmier de nuit"/,
    );

    const imported = await runImport(["content/members.yaml"]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^content\/members\.yaml: 60 members — 60 created, 0 updated, 0 unchanged/m);

    const without = path.join(dir, "sans-john.yaml");
    await writeFile(without, demo.replace(/ {2}- key: john-taylor\n[\s\S]*$/, ""), "utf8");
    const reported = await runImport([without, "--dry-run"]);
    expect(reported.stdout).toContain("? john-taylor  John Taylor (not in the file)");
    const deactivated = await runImport([without, "--deactivate-missing"]);
    expect(deactivated.code).toBe(0);
    expect(deactivated.stdout).toContain("- john-taylor  John Taylor (deactivated: not in the file)");
  }, 60_000);

  it("explains its usage when the arguments are wrong", async () => {
    const wrong = await runImport(["--deactivate"]);
    expect(wrong.code).toBe(64);
    expect(wrong.stderr).toContain(
      "Usage: npm run members:import -- FILE.yaml|FILE.csv [--dry-run] [--deactivate-missing]",
    );
  });
});
