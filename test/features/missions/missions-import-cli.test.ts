import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_MISSIONS_FILE } from "../../../src/paths.ts";
import { runScriptIn } from "../../support/script-process.ts";

// The command as the person who runs the bot types it (`npm run missions:import -- FILE`), in its own process and
// database, on the real clock: the demo file's dates are moved ten years ahead so that they stay to come.
let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "missions-cli-"));
  const demo = await readFile(DEMO_MISSIONS_FILE, "utf8");
  file = path.join(dir, "missions.yaml");
  await writeFile(
    file,
    demo.replace(/\b20(2\d)-/g, (_, year) => `20${Number(year) + 10}-`),
    "utf8",
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = (script: string, args: string[]) => runScriptIn(dir, script, args);

describe("npm run missions:import", () => {
  it("refuses contacts it does not know with exit code 1, then imports once the members are there, a dry run writing nothing", async () => {
    const refused = await run("scripts/missions-import.ts", [file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /missions\.yaml:\d+ \(demo-former-ide-vitry\) contact: "julie-moreau" is not the key/,
    );
    expect((await run("scripts/members-import.ts", ["content/members.yaml"])).code).toBe(0);
    const dry = await run("scripts/missions-import.ts", [file, "--dry-run"]);
    expect(dry.stdout).toMatch(/: 13 missions — 13 created, .* \(dry run: nothing was written\)\./);
    const imported = await run("scripts/missions-import.ts", [file]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/: 13 missions — 13 created, 0 changed, 0 unchanged, 0 not in the file \(kept\)\./);
    expect((await run("scripts/missions-import.ts", [file])).stdout).toMatch(/0 created, 0 changed, 13 unchanged/);
  }, 90_000);

  it("explains its usage when the arguments are wrong", async () => {
    const wrong = await run("scripts/missions-import.ts", []);
    expect(wrong.code).toBe(64);
    expect(wrong.stderr).toContain("Usage: npm run missions:import -- FILE.yaml|FILE.csv [--dry-run]");
  });
});
