import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Territory } from "../../../../src/core/vocabulary/territory.ts";
import {
  type DirectoryContext,
  type DirectoryPage,
  type DirectoryQuery,
  importDirectory,
  parseDirectory,
  searchDirectory,
  suggestCommunes,
  typesInCommune,
} from "../../../../src/features/orientation/directory/index.ts";
import { createTestDatabase, type TestDatabase } from "../../../support/database.ts";
import { loadContext, type Row, renderYaml, row } from "./directory-fixtures.ts";

const VITRY = "94081";
const IVRY = "94041";
const CHOISY = "94022";
const ORLY = "94054";
const CACHAN = "94016";

// Vitry's neighbours: Ivry, Villejuif, Choisy-le-Roi, Thiais, Chevilly-Larue. Orly is not one.
const RESOURCES: Row[] = [
  row({ key: "ssiad-zebre", name: "SSIAD Zèbre", communes: "Vitry" }),
  row({ key: "ssiad-alpha", name: "SSIAD Alpha", communes: "Vitry; Ivry" }),
  row({ key: "ssiad-ecluse", name: "SSIAD Écluse", communes: "Vitry" }),
  row({ key: "ssiad-partout", name: "SSIAD Partout", communes: "all" }),
  row({ key: "ssiad-ivry", name: "SSIAD Ivry", communes: "Ivry" }),
  row({ key: "ssiad-sud", name: "SSIAD Sud", communes: "Thiais; Choisy-le-Roi; Orly" }),
  row({ key: "ssiad-orly", name: "SSIAD Orly", communes: "Orly" }),
  row({ key: "ssiad-ferme", name: "SSIAD Fermé", communes: "Vitry" }),
  row({ key: "had-vitry", type: "had", name: "HAD Vitry", communes: "Vitry" }),
  row({ key: "clic-ivry", type: "clic", name: "CLIC Ivry", communes: "Ivry" }),
];

let context: DirectoryContext;
let territory: Territory;
let test: TestDatabase;
beforeAll(async () => {
  context = await loadContext();
  territory = context.territory;
  test = await createTestDatabase();
  const load = (rows: Row[]) =>
    importDirectory(test.db, context, parseDirectory(renderYaml(rows).source, "t.yaml", "yaml"));
  await load(RESOURCES);
  await load(RESOURCES.filter((r) => r.key !== "ssiad-ferme")); // ssiad-ferme is now inactive
});
afterAll(async () => {
  await test.close();
});

const search = (query: DirectoryQuery) => searchDirectory(test.db, territory, query);
const keys = (page: DirectoryPage) => page.hits.map((h) => h.resource.key);

describe("searching the directory", () => {
  it("ranks resources covering the commune (by name, accents ignored), then territory-wide ones, then neighbours", async () => {
    const page = await search({ communeCode: VITRY, type: "ssiad", limit: 10 });
    expect(page.hits.map((h) => [h.resource.key, h.reason])).toEqual([
      ["ssiad-alpha", { kind: "covers", communeCode: VITRY, territoryWide: false }],
      ["ssiad-ecluse", { kind: "covers", communeCode: VITRY, territoryWide: false }],
      ["ssiad-zebre", { kind: "covers", communeCode: VITRY, territoryWide: false }],
      ["ssiad-partout", { kind: "covers", communeCode: VITRY, territoryWide: true }],
      ["ssiad-ivry", { kind: "neighbour", communeCode: IVRY }],
      ["ssiad-sud", { kind: "neighbour", communeCode: CHOISY }], // Choisy-le-Roi before Thiais, by name
    ]);
    expect(page.total).toBe(6);
  });

  it("leaves out inactive resources, other types and communes that are not neighbours", async () => {
    const found = keys(await search({ communeCode: VITRY, type: "ssiad", limit: 50 }));
    expect(found).not.toContain("ssiad-ferme");
    expect(found).not.toContain("ssiad-orly");
    expect(found).not.toContain("had-vitry");
  });

  it("pages with offset and limit, keeping the total and the order", async () => {
    const pages = await Promise.all(
      [0, 2, 4].map((offset) => search({ communeCode: VITRY, type: "ssiad", limit: 2, offset })),
    );
    expect(pages.map(keys)).toEqual([
      ["ssiad-alpha", "ssiad-ecluse"],
      ["ssiad-zebre", "ssiad-partout"],
      ["ssiad-ivry", "ssiad-sud"],
    ]);
    expect(pages.map((p) => [p.total, p.offset, p.limit])).toEqual([
      [6, 0, 2],
      [6, 2, 2],
      [6, 4, 2],
    ]);
    expect(keys(await search({ communeCode: VITRY, type: "ssiad", offset: 6 }))).toEqual([]);
  });

  it("pages by 5 by default, and at most 50", async () => {
    expect((await search({ communeCode: VITRY, type: "ssiad" })).hits).toHaveLength(5);
    expect((await search({ communeCode: VITRY, limit: 500 })).limit).toBe(50);
  });

  it("can leave neighbours out", async () => {
    const page = await search({ communeCode: VITRY, type: "ssiad", includeNeighbours: false, limit: 10 });
    expect(keys(page)).toEqual(["ssiad-alpha", "ssiad-ecluse", "ssiad-zebre", "ssiad-partout"]);
    expect(page.total).toBe(4);
  });

  it("searches every type when none is given", async () => {
    const page = await search({ communeCode: VITRY, limit: 50 });
    expect(keys(page)).toEqual(expect.arrayContaining(["had-vitry", "clic-ivry", "ssiad-alpha"]));
    expect(page.total).toBe(8);
  });

  it("finds nothing for a commune outside the territory", async () => {
    expect(await search({ communeCode: "75013", type: "ssiad" })).toEqual({ hits: [], total: 0, offset: 0, limit: 5 });
  });

  it("gives the resource as the conversation shows it", async () => {
    const [hit] = (await search({ communeCode: IVRY, type: "clic" })).hits;
    expect(hit!.resource).toEqual({
      id: expect.any(Number),
      key: "clic-ivry",
      type: "clic",
      name: "CLIC Ivry",
      description: "Soins infirmiers à domicile.",
      address: null,
      phone: "01 99 00 12 34",
      email: "ssiad@example.org",
      website: null,
      hours: null,
      howToRefer: null,
      lastCheckedAt: new Date("2026-10-01T00:00:00Z"),
      communeCodes: [IVRY],
    });
  });
});

describe("what exists around a commune", () => {
  it("counts the types covering the commune and those only nearby, in the vocabulary's order", async () => {
    expect(await typesInCommune(test.db, territory, VITRY, context.types.keys)).toEqual([
      { type: "had", covering: 1, nearby: 0 },
      { type: "clic", covering: 0, nearby: 1 },
      { type: "ssiad", covering: 4, nearby: 2 },
    ]);
  });

  it("knows nothing of a commune outside the territory", async () => {
    expect(await typesInCommune(test.db, territory, "75013")).toEqual([]);
  });
});

describe("communes to suggest", () => {
  it("offers the communes with most resources, by name on a tie", async () => {
    const suggestions = await suggestCommunes(test.db, territory, { limit: 4 });
    expect(suggestions).toEqual([
      { communeCode: VITRY, count: 5, preferred: false },
      { communeCode: IVRY, count: 4, preferred: false },
      { communeCode: ORLY, count: 3, preferred: false },
      { communeCode: CHOISY, count: 2, preferred: false },
    ]);
  });

  it("puts the member's own communes first, even one without a resource of the type", async () => {
    const suggestions = await suggestCommunes(test.db, territory, {
      type: "had",
      preferred: [CACHAN, "75013", CACHAN],
      limit: 3,
    });
    expect(suggestions).toEqual([
      { communeCode: CACHAN, count: 0, preferred: true },
      { communeCode: VITRY, count: 1, preferred: false },
    ]);
  });
});
