import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScriptIn } from "../../../support/script-process.ts";
import { renderCsv, row } from "./directory-fixtures.ts";

// The command as coordinators run it (`npm run directory:import -- FILE`), in its own process and database.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "directory-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const runImport = (args: string[]) => runScriptIn(dir, "scripts/directory-import.ts", args);

describe("npm run directory:import", () => {
  it("refuses an invalid file with exit code 1, then imports the demo directory and finds it unchanged", async () => {
    const bad = path.join(dir, "annuaire.csv");
    await writeFile(bad, renderCsv([row(), row({ key: "b", communes: "Gotham" })]), "utf8");
    const refused = await runImport([bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${bad}:3 (b) communes: unknown commune "Gotham"`);

    const imported = await runImport(["content/directory.yaml"]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(
      /^content\/directory\.yaml: \d+ resources — \d+ created, 0 updated, 0 unchanged, 0 deactivated\.$/m,
    );

    const again = await runImport(["content/directory.yaml", "--dry-run"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(
      /0 created, 0 updated, \d+ unchanged, 0 deactivated \(dry run: nothing was written\)\./,
    );
  }, 60_000);
});
