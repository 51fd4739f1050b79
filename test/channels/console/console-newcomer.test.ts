import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleChannel } from "../../../src/channels/console/console-channel.ts";
import { seedDemo } from "../../../src/demo/seed-demo.ts";
import { features } from "../../../src/features/index.ts";
import { startConsole } from "../../support/console-session.ts";
import { type Terminal, until } from "../../support/terminal.ts";
import { createTestBot, type TestBot } from "../../support/test-bot.ts";

/**
 * Someone the bot has never met, in the terminal with the installed features, the trained model and
 * the demo network: welcomed, asked two questions, answered at once; the coordinator approves them.
 */
describe("a newcomer in the terminal", () => {
  let t: TestBot;
  let terminal: Terminal;
  let channel: ConsoleChannel;
  beforeAll(async () => {
    t = await createTestBot({ features, classifier: "trained" });
    await seedDemo(t.services);
    ({ terminal, channel } = await startConsole(t, "gp"));
  });
  afterAll(async () => {
    await channel.stop();
    await t.close();
  });

  it("is welcomed, answers profession and commune with buttons, gets an answer, and is approved in one click", async () => {
    const who = await terminal.type("/as nouveau");
    expect(who).toMatch(/^Vous êtes (nouveau-\w+) \(nouvelle personne, inconnue du bot\)\.$/);
    const newcomer = /nouveau-\w+/.exec(who)![0];

    const welcome = await terminal.type("bonjour");
    expect(welcome).toContain("Bienvenue !");
    expect(welcome).toContain("Quelle est votre profession ?");
    const gpChoice = /\[(\d+)\] médecin généraliste/.exec(welcome)![1]!;

    const commune = await terminal.type(gpChoice);
    expect(commune).toContain("Dans quelle commune exercez-vous ?");
    const vitryChoice = /\[(\d+)\] Vitry-sur-Seine/.exec(commune)![1]!;
    expect(await terminal.type(vitryChoice)).toMatch(
      /^↻ message mis à jour\nMerci ! L'équipe de coordination validera/,
    );

    const answer = await terminal.type("besoin d'une HAD à Vitry pour un patient");
    expect(answer).toMatch(/^Hospitalisation à domicile \(HAD\) pour Vitry-sur-Seine :/);
    expect(answer).toContain("Téléphone: 01 99 00 10");

    await t.scheduler.tick();
    await until(() => terminal.all.includes("(tapez /as coordinator pour y répondre)"));
    expect(terminal.all).toContain(
      `📨 Message direct pour Julie Moreau :\nNouveau contact : ${newcomer} (médecin généraliste, Vitry-sur-Seine), sur console.`,
    );

    const notice = await terminal.type("/as coordinator");
    expect(notice).toContain("📬 Reçu pendant que vous étiez ailleurs :");
    const volunteerChoice = /\[(\d+)\] Valider comme bénévole/.exec(notice)![1]!;
    const approved = await terminal.type(volunteerChoice);
    expect(approved).toContain(`Inscription de ${newcomer} validée (adhérent·e et bénévole).`);

    const member = await t.database.db.member.findFirstOrThrow({
      where: { identities: { some: { externalUserId: newcomer } } },
      include: { roles: true, communes: true },
    });
    expect(member.roles.map((r) => r.role).sort()).toEqual(["member", "volunteer"]);
    expect(member).toMatchObject({ profession: "general_practitioner", status: "active" });
    expect(member.communes.map((c) => c.communeCode)).toEqual(["94081"]);
  });
});
