import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadStoredResources } from "../../../../src/features/orientation/directory/import-directory.ts";
import {
  type DirectoryContext,
  formatImport,
  type ImportOutcome,
  importDirectory,
  localToday,
  parseDirectory,
  readDirectoryFile,
  validateDirectory,
} from "../../../../src/features/orientation/directory/index.ts";
import { DEMO_DIRECTORY_FILE } from "../../../../src/paths.ts";
import { createTestDatabase, type TestDatabase } from "../../../support/database.ts";
import { loadContext, type Row, renderCsv, renderYaml, row } from "./directory-fixtures.ts";

let context: DirectoryContext;
let test: TestDatabase;
beforeAll(async () => {
  context = await loadContext();
});
beforeEach(async () => {
  test = await createTestDatabase();
});
afterEach(async () => {
  await test.close();
});

const yaml = (rows: Row[]) => parseDirectory(renderYaml(rows).source, "annuaire.yaml", "yaml");
const csv = (rows: Row[]) => parseDirectory(renderCsv(rows), "annuaire.csv", "csv");

function applied(outcome: ImportOutcome) {
  if (!outcome.ok) throw new Error(`unexpected problems: ${JSON.stringify(outcome.problems)}`);
  return outcome.value;
}

/** Everything an import may change, to prove that a refused one changed nothing. */
const snapshot = async () => ({
  resources: await test.db.careResource.findMany({ orderBy: { key: "asc" } }),
  coverage: await test.db.resourceCoverage.findMany({ orderBy: [{ resourceId: "asc" }, { communeCode: "asc" }] }),
});

const FIRST = [
  row({ key: "had-a", type: "had", name: "HAD A", communes: "all" }),
  row({ key: "ssiad-b", name: "SSIAD B", communes: "Vitry-sur-Seine" }),
  row({ key: "clic-c", type: "clic", name: "CLIC C", communes: "Orly; Thiais" }),
];

describe("importing a directory", () => {
  it("creates every resource of a first file with its coverage", async () => {
    const { plan, applied: written } = applied(await importDirectory(test.db, context, yaml(FIRST)));
    expect(written).toBe(true);
    expect(plan.create.map((e) => e.key)).toEqual(["had-a", "ssiad-b", "clic-c"]);
    const stored = await loadStoredResources(test.db);
    expect(stored.map((r) => [r.key, r.active, r.communeCodes.length])).toEqual([
      ["had-a", true, 16],
      ["ssiad-b", true, 1],
      ["clic-c", true, 2],
    ]);
    expect(stored[1]).toMatchObject({
      phone: "01 99 00 12 34",
      lastCheckedAt: new Date("2026-10-01T00:00:00Z"),
      address: null,
    });
  });

  it("on a re-import, updates changed resources, replaces their coverage and deactivates the absent ones", async () => {
    applied(await importDirectory(test.db, context, yaml(FIRST)));
    const second = [
      row({ key: "had-a", type: "had", name: "HAD A", communes: "all" }),
      row({
        key: "ssiad-b",
        name: "SSIAD B",
        communes: "Ivry; Villejuif",
        phone: "0199009999",
        hours: "Lundi–vendredi",
      }),
      row({ key: "psy-d", type: "psychologue", name: "Psy D", communes: "Cachan" }),
    ];
    const { plan } = applied(await importDirectory(test.db, context, csv(second)));
    expect(plan.create.map((e) => e.key)).toEqual(["psy-d"]);
    expect(plan.update.map((u) => [u.entry.key, u.fields])).toEqual([["ssiad-b", ["phone", "hours", "communes"]]]);
    expect(plan.unchanged).toEqual(["had-a"]);
    expect(plan.deactivate.map((r) => r.key)).toEqual(["clic-c"]);

    const stored = await loadStoredResources(test.db);
    expect(stored.map((r) => [r.key, r.active])).toEqual([
      ["had-a", true],
      ["ssiad-b", true],
      ["clic-c", false],
      ["psy-d", true],
    ]);
    expect(stored[1]).toMatchObject({
      phone: "01 99 00 99 99",
      hours: "Lundi–vendredi",
      communeCodes: ["94041", "94076"],
    });
    expect(stored[2]!.communeCodes).toEqual(["94054", "94073"]); // kept as it was, only inactive
  });

  it("reactivates a resource that comes back in a later file, keeping its id", async () => {
    applied(await importDirectory(test.db, context, yaml(FIRST)));
    const { id } = await test.db.careResource.findUniqueOrThrow({ where: { key: "clic-c" } });
    applied(await importDirectory(test.db, context, yaml(FIRST.slice(0, 2))));
    const { plan } = applied(await importDirectory(test.db, context, yaml(FIRST)));
    expect(plan.update).toEqual([expect.objectContaining({ id, fields: ["active"] })]);
    expect(await test.db.careResource.findUniqueOrThrow({ where: { key: "clic-c" } })).toMatchObject({
      id,
      active: true,
    });
  });

  it("a second import of the same file changes nothing", async () => {
    applied(await importDirectory(test.db, context, yaml(FIRST)));
    const before = await snapshot();
    const { plan } = applied(await importDirectory(test.db, context, csv(FIRST)));
    expect(plan).toMatchObject({ create: [], update: [], deactivate: [], unchanged: ["had-a", "ssiad-b", "clic-c"] });
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ["YAML", yaml, 15],
    ["CSV", csv, 3],
  ] as const)("changes nothing when one row of a %s file is invalid, and says where", async (format, parse, line) => {
    applied(await importDirectory(test.db, context, yaml(FIRST)));
    const before = await snapshot();
    const next = [
      row({ key: "had-a", type: "had", name: "HAD A renamed", communes: "all" }),
      row({ key: "ssiad-b", communes: "Vitry; Choisy-le-Rois" }),
    ];
    const outcome = await importDirectory(test.db, context, parse(next));
    expect(outcome.ok).toBe(false);
    const file = format === "YAML" ? "annuaire.yaml" : "annuaire.csv";
    expect(formatImport(outcome, file)).toEqual([
      `${file}: 1 problem; nothing was imported.`,
      `  ${file}:${line} (ssiad-b) communes: unknown commune "Choisy-le-Rois" (closest: Choisy-le-Roi)`,
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it("in a dry run, tells what would change and writes nothing", async () => {
    applied(await importDirectory(test.db, context, yaml(FIRST)));
    const before = await snapshot();
    const outcome = await importDirectory(
      test.db,
      context,
      yaml([FIRST[0]!, row({ key: "ssiad-b", name: "SSIAD B2", communes: "Vitry" })]),
      { dryRun: true },
    );
    expect(formatImport(outcome, "annuaire.yaml")).toEqual([
      "annuaire.yaml: 2 resources — 0 created, 1 updated, 1 unchanged, 1 deactivated (dry run: nothing was written).",
      "  ~ ssiad-b  SSIAD B2 (name)",
      "  - clic-c  (deactivated: not in the file)",
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it("reports an unreadable file as a problem, not a crash", async () => {
    const parsed = await readDirectoryFile("/nonexistent/annuaire.csv", "/");
    const outcome = await importDirectory(test.db, context, parsed);
    expect(outcome).toMatchObject({
      ok: false,
      problems: [{ code: "unreadable", file: "nonexistent/annuaire.csv", message: "cannot be read (ENOENT)" }],
    });
  });
});

describe("the demo directory (content/directory.yaml)", () => {
  it("imports cleanly on the day it is used", async () => {
    const demoContext = { ...context, today: localToday(new Date(), "Europe/Paris") };
    const { plan } = applied(await importDirectory(test.db, demoContext, await readDirectoryFile(DEMO_DIRECTORY_FILE)));
    expect(plan.create.length).toBeGreaterThanOrEqual(35);
  });

  it("is clearly fictional: demo names, fiction phone numbers, example.org addresses", async () => {
    const { entries } = validateDirectory(await readDirectoryFile(DEMO_DIRECTORY_FILE), context);
    for (const entry of entries) {
      expect(entry.name).toMatch(/\(démo\)$/);
      if (entry.phone) expect(entry.phone).toMatch(/^01 99 00 \d\d \d\d$/);
      if (entry.email) expect(entry.email).toMatch(/@([a-z0-9-]+\.)*example\.org$/);
      if (entry.website) expect(new URL(entry.website).hostname).toMatch(/(^|\.)example\.org$/);
    }
    expect(new Set(entries.map((e) => e.phone).filter(Boolean)).size).toBe(entries.filter((e) => e.phone).length);
  });

  it("has every type but the needs it does not list, and in every commune an HAD, an EMSP, a CLIC, the DAC, a SSIAD and a SAAD", async () => {
    const { entries, problems } = validateDirectory(await readDirectoryFile(DEMO_DIRECTORY_FILE), context);
    expect(problems).toEqual([]);
    const notListed = [
      "orthophoniste",
      "ergotherapeute",
      "podologue",
      "portage_repas",
      "teleassistance",
      "protection_juridique",
      "transport_sanitaire",
    ];
    expect(new Set(entries.map((e) => e.type))).toEqual(
      new Set(context.types.keys.filter((k) => !notListed.includes(k))),
    );
    const missing = context.territory.communes.flatMap((commune) =>
      ["had", "emsp", "clic", "dac", "ssiad", "saad"]
        .filter((type) => !entries.some((e) => e.type === type && e.communeCodes.includes(commune.code)))
        .map((type) => `${commune.name}: ${type}`),
    );
    expect(missing).toEqual([]);
  });
});
