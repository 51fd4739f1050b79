import { readFile } from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seedDemoMissions } from "../../../src/demo/missions.ts";
import {
  formatMissionImport,
  importMissions,
  type MissionImportOutcome,
  missionFile,
} from "../../../src/features/missions/mission-file/index.ts";
import { DEMO_MISSIONS_FILE } from "../../../src/paths.ts";
import { clickFrom } from "../../support/events.ts";
import type { TestBot } from "../../support/test-bot.ts";
import { createMissionsBot, plain } from "./missions-support.ts";

let t: TestBot;
let demo: string;
beforeEach(async () => {
  t = await createMissionsBot();
  demo = await readFile(DEMO_MISSIONS_FILE, "utf8");
});
afterEach(() => t.close());

const context = () => ({
  territory: t.services.territory,
  vocabulary: t.services.memberVocabulary,
  zone: "Europe/Paris",
  now: t.clock.now(),
});
const run = (source: string, options: { dryRun?: boolean; format?: "yaml" | "csv" } = {}) =>
  importMissions(t.services, context(), missionFile.parse(source, "missions.yaml", options.format ?? "yaml"), options);
const lines = (outcome: MissionImportOutcome) => formatMissionImport(outcome, "missions.yaml");

describe("the missions file", () => {
  it("imports the demo missions as drafts or published, each created in its history by the import", async () => {
    const outcome = await run(demo);
    expect(lines(outcome)[0]).toBe(
      "missions.yaml: 13 missions — 13 created, 0 changed, 0 unchanged, 0 not in the file (kept).",
    );
    const states = await t.database.db.mission.groupBy({ by: ["status"], _count: { _all: true } });
    expect(Object.fromEntries(states.map((s) => [s.status, s._count._all]))).toEqual({ draft: 3, open: 10 });
    const vitry = await t.database.db.mission.findUniqueOrThrow({ where: { key: "demo-former-ide-vitry" } });
    expect([vitry.startsAt.toISOString(), vitry.endsAt.toISOString(), vitry.communeCode, vitry.seats]).toEqual([
      "2026-12-12T08:00:00.000Z",
      "2026-12-12T11:00:00.000Z",
      "94081",
      2,
    ]);
    const card = plain(await t.handle(clickFrom("coordinator", `missions:team-card:${vitry.id}`)));
    expect(card).toContain("• 23 nov. 11:00 — créée par l'import du fichier des missions");
    expect(card).toContain("• 23 nov. 11:00 — publiée par l'import du fichier des missions");
  });

  it("reports every problem as file:line (key) field: reason, with the closest valid value, and imports nothing", async () => {
    const bad = demo
      .replace("kind: formation\n    professions: [IDE]", "kind: formaton\n    professions: [IDE]")
      .replace("skills: [douleur, animation de groupe]", "skills: [douleurs chroniques, animation de groupe]")
      .replace("where: Thiais", "where: Thiais-les-Bains")
      .replace("when: 2027-01-14 18:30-20:30", "when: 14 janvier 18h30-20h30")
      .replace("when: 2027-02-04 14:00-16:00", "when: 2027-02-04 14:00")
      .replace("respondBy: 2027-01-05", "respondBy: 2027-01-20")
      .replace("contact: sophie-lambert\n    status: draft", "contact: marc-lefevre\n    status: draft")
      .replace("when: 2026-12-15 20:00-21:30", "when: 2026-11-15 20:00-21:30");
    const outcome = await run(bad);
    expect(lines(outcome)).toEqual([
      "missions.yaml: 6 problems; nothing was imported.",
      '  missions.yaml:52 (demo-former-ide-vitry) kind: unknown kind of mission "formaton" (closest: training (formation))',
      '  missions.yaml:70 (demo-atelier-douleur-ehpad) skills: unknown skill "douleurs chroniques" (closest: douleur, soutien_psychologique (soutien psychologique))',
      '  missions.yaml:76 (demo-atelier-douleur-ehpad) respondBy: "2027-01-20" is after the start: volunteers answer before the mission begins',
      '  missions.yaml:106 (demo-audit-dossiers-liaison) when: "14 janvier 18h30-20h30" must write the year (the file is imported again later, when it would mean another year)',
      '  missions.yaml:119 (demo-gt-directives-anticipees) where: unknown commune (or « à distance », « tout le territoire ») "Thiais-les-Bains" (closest: Thiais)',
      '  missions.yaml:188 (demo-commission-geriatrie) ends: "2027-02-04 14:00" a mission always ends: write a range in when (14:00-17:00) or the end in ends',
    ]);
    expect(await t.database.db.mission.count()).toBe(0);
  });

  it("checks the file against the database: contacts of the team, no start in the past, no fewer seats than taken", async () => {
    const outcome = await run(
      demo
        .replace("contact: sophie-lambert\n    status: draft", "contact: marc-lefevre\n    status: draft")
        .replace("when: 2026-12-15 20:00-21:30", "when: 2026-11-15 20:00-21:30"),
    );
    expect(lines(outcome).slice(1)).toEqual([
      "  missions.yaml:128 (demo-relecture-protocole-sortie) when: the mission would start in the past",
      '  missions.yaml:157 (demo-linkedin-semaine) contact: "marc-lefevre" is not the key or e-mail of a coordinator or of the director',
    ]);
  });

  it("changes by key what the file changes, publishes a draft, keeps what it no longer lists, and changes nothing twice", async () => {
    await run(demo);
    expect(lines(await run(demo))[0]).toBe(
      "missions.yaml: 13 missions — 0 created, 0 changed, 13 unchanged, 0 not in the file (kept).",
    );
    const changed = demo
      .replace("hours: 3\n    seats: 2", "hours: 3\n    seats: 4")
      .replace(
        "contact: julie-moreau\n    status: draft\n\n  - key: demo-portrait",
        "contact: julie-moreau\n    status: open\n\n  - key: demo-portrait",
      )
      .replace(/ {2}- key: demo-traduire-plaquette\n[\s\S]*$/, "");
    const dry = await run(changed, { dryRun: true });
    expect(lines(dry)).toEqual([
      "missions.yaml: 12 missions — 0 created, 2 changed, 10 unchanged, 1 not in the file (kept) (dry run: nothing was written).",
      "  ~ demo-former-ide-vitry  Former les IDE libérales de Vitry aux soins palliatifs à domicile (seats)",
      "  ~ demo-relecture-protocole-sortie  Relire le protocole de sortie d'hospitalisation (published)",
      "  ? demo-traduire-plaquette  Traduire la plaquette du réseau en anglais (open; not in the file, kept)",
    ]);
    expect((await t.database.db.mission.findUniqueOrThrow({ where: { key: "demo-former-ide-vitry" } })).seats).toBe(2);
    expect((await run(changed)).ok).toBe(true);
    const vitry = await t.database.db.mission.findUniqueOrThrow({ where: { key: "demo-former-ide-vitry" } });
    expect(vitry.seats).toBe(4);
    expect(plain(await t.handle(clickFrom("coordinator", `missions:team-card:${vitry.id}`)))).toContain(
      "— modifiée par l'import du fichier des missions : Nombre de places",
    );
    expect(await t.database.db.mission.count({ where: { key: "demo-traduire-plaquette" } })).toBe(1);
  });

  it("reads a spreadsheet's CSV", async () => {
    const csv = [
      "key;title;description;kind;skills;where;when;hours;seats;contact;status",
      "stand-orly;Tenir le stand à Orly;Présenter le réseau (démo).;représentation;communication;Orly;2027-01-23 10:00-12:00;2;2;julie.moreau@example.org;open",
    ].join("\n");
    const outcome = await run(csv, { format: "csv" });
    expect(lines(outcome)).toEqual([
      "missions.yaml: 1 missions — 1 created, 0 changed, 0 unchanged, 0 not in the file (kept).",
      "  + stand-orly  Tenir le stand à Orly (published)",
    ]);
  });
});

describe("the demo seed", () => {
  it("imports the demo missions once, into a database without missions", async () => {
    expect(await seedDemoMissions(t.services)).toBe(13);
    expect(await seedDemoMissions(t.services)).toBe(0);
  });

  it("moves them by whole weeks when the first is less than a week away, keeping weekdays and hours", async () => {
    t.clock.set("2027-01-10T10:00:00Z");
    expect(await seedDemoMissions(t.services)).toBe(13);
    const vitry = await t.database.db.mission.findUniqueOrThrow({ where: { key: "demo-former-ide-vitry" } });
    // Saturday 12 December 2026, 09:00 in Paris, six weeks later: Saturday 23 January 2027.
    expect(vitry.startsAt.toISOString()).toBe("2027-01-23T08:00:00.000Z");
    const first = await t.database.db.mission.findFirstOrThrow({ orderBy: { startsAt: "asc" } });
    expect(first.startsAt.getTime()).toBeGreaterThanOrEqual(new Date("2027-01-17T00:00:00+01:00").getTime());
  });
});
