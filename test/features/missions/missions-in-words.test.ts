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

  it("shows the open missions that fit the volunteer first, and takes and gives back a seat in words", async () => {
    const answer = plain(await volunteer("y a des missions pour moi en ce moment ?"));
    expect(answer).toMatch(
      /^10 missions sont ouvertes aux bénévoles, celles qui vous correspondent le mieux d'abord :/,
    );
    // Inès Garnier, a nurse of Ivry and Le Kremlin-Bicêtre, gives palliative care and would train peers.
    const first = answer.split("\n").find((line) => line.startsWith("•"));
    expect(first).toMatch(/Former les IDE libérales de Vitry aux soins palliatifs/);
    const vitry = await key("demo-former-ide-vitry");
    expect(plain(await volunteer(`je prends la mission ${vitry}`))).toMatch(
      new RegExp(`^C'est noté : vous participez à la mission ${vitry}\\. Merci !\nMission ${vitry} — Former les IDE`),
    );
    expect(plain(await volunteer(`I can't make mission #${vitry} anymore`))).toMatch(
      new RegExp(`^Done: your seat for mission ${vitry} — Former les IDE libérales de Vitry .* is freed`),
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
