import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../../src/demo/seed-demo.ts";
import { features } from "../../../src/features/index.ts";
import { commandFrom, textFrom } from "../../support/events.ts";
import { createTestBot, type TestBot } from "../../support/test-bot.ts";
import { assign, memberId, plain } from "./missions-support.ts";

/**
 * Missions as the demo's volunteer and coordinator speak of them: the installed features, the trained
 * model and the fictional demo network (its missions from content/missions.yaml).
 */
describe("missions, in the volunteer's words", () => {
  let t: TestBot;
  const volunteer = (text: string) => t.handle(textFrom("volunteer", text));
  const key = async (key: string) => (await t.database.db.mission.findUniqueOrThrow({ where: { key } })).id;
  beforeAll(async () => {
    t = await createTestBot({ features, classifier: "trained", now: new Date("2026-11-23T10:00:00Z") });
    await seedDemo(t.services);
  });
  afterAll(() => t.close());

  it("shows the open missions nearest to the volunteer first", async () => {
    const answer = plain(await volunteer("y a des missions pour moi en ce moment ?"));
    expect(answer).toMatch(/^10 missions sont ouvertes aux bénévoles, les plus proches de vous d'abord :/);
    // Inès Garnier works in Ivry and Le Kremlin-Bicêtre: missions there, or remote, come before the others.
    const lines = answer.split("\n").filter((line) => line.startsWith("•"));
    const near = lines.map((line) => /· (Ivry-sur-Seine|Le Kremlin-Bicêtre|à distance) ·/.test(line));
    expect(near).toEqual([true, true, true, false, false, false]);
    expect(lines.slice(0, 3).some((line) => line.includes("Accueillir les nouveaux adhérents"))).toBe(true);
  });

  it("finds the mission named by its number, in French or English", async () => {
    const vitry = await key("demo-former-ide-vitry");
    expect(plain(await volunteer(`je prends la mission ${vitry}`))).toMatch(
      new RegExp(`^Mission ${vitry} — Former les IDE libérales de Vitry`),
    );
    expect(plain(await volunteer(`I can't make mission #${vitry} anymore`))).toMatch(
      new RegExp(`^Mission ${vitry} — `),
    );
  });

  it("takes « c'est fait pour la mission N, 2h30 » once the mission began", async () => {
    const vitry = await key("demo-former-ide-vitry");
    await assign(t, vitry, "ines-garnier", "accepted");
    t.clock.set("2026-12-12T12:00:00Z");
    expect(plain(await volunteer(`c'est fait pour la mission ${vitry}, 2h30`))).toBe(
      `Merci ! Mission ${vitry} : 2,5 h enregistrées dans vos contributions.`,
    );
    expect(plain(await volunteer("mes contributions cette année"))).toMatch(
      /^Vos contributions au réseau en 2026\nMissions faites: 1\nTemps donné: 2,5 h\nCompétences mobilisées: soins palliatifs, formation/,
    );
    expect(await memberId(t, "ines-garnier")).toBeGreaterThan(0);
  });

  it("leaves trainings to the trainings", async () => {
    expect(plain(await volunteer("prochaines formations ?"))).toMatch(/^Prochaines formations du réseau :/);
  });

  it("gives the coordinator the catalogue with /missions", async () => {
    expect(plain(await t.handle(commandFrom("coordinator", "missions", "")))).toMatch(
      /^Missions\n3 brouillons · 10 ouvertes · 0 complète · 0 en cours · 0 terminée · 0 annulée/,
    );
  });
});
