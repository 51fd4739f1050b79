import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Reply, replyToPlainText } from "../../src/core/reply.ts";
import { seedDemoMembers } from "../../src/demo/seed-demo.ts";
import { seedDemoTrainings } from "../../src/demo/trainings.ts";
import { trainingsFeature } from "../../src/features/trainings/index.ts";
import { clickFrom, textFrom } from "../support/events.ts";
import { ScriptedClassifier } from "../support/scripted-classifier.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

const plain = (replies: Reply[]) => replies.map(replyToPlainText).join("\n");
const buttonsOf = (replies: Reply[]) => replies.flatMap((r) => r.buttons ?? []);

describe("trainings", () => {
  let t: TestBot;
  const list = (user = "gp") => t.handle(textFrom(user, "prochaines formations"));

  beforeEach(async () => {
    // Monday 23 November 2026, 11:00 in Paris
    t = await createTestBot({
      features: [trainingsFeature],
      classifier: new ScriptedClassifier({ "prochaines formations": { intent: "training.upcoming", score: 0.95 } }),
      now: new Date("2026-11-23T10:00:00Z"),
    });
    await seedDemoMembers(t.services);
    await seedDemoTrainings(t.database.db, t.clock.now(), "Europe/Paris");
  });
  afterEach(() => t.close());

  it("lists the upcoming trainings with date, place and seats left, soonest first", async () => {
    const answer = plain(await list());
    expect(answer).toMatch(/^Prochaines formations du réseau :/);
    expect(answer).toContain(
      "• Douleur et fin de vie à domicile — Soirée pluriprofessionnelle\nmercredi 2 décembre 2026 à 19:30, Maison des associations, Villejuif (démo) — 30 places restantes",
    );
    expect(answer).toContain("mercredi 9 décembre 2026 à 13:30, en ligne — 12 places restantes");
    expect(answer.indexOf("Douleur")).toBeLessThan(answer.indexOf("Groupe d'analyse"));
  });

  it("registers the member in one tap and reminds them the day before at 9:00", async () => {
    const register = buttonsOf(await list()).find((b) => b.label.startsWith("Je m'inscris : Douleur"))!;
    const done = plain(await t.handle(clickFrom("gp", register.actionId)));
    expect(done).toBe(
      "C'est noté : vous êtes inscrit·e à Douleur et fin de vie à domicile, mercredi 2 décembre 2026 à 19:30. Je vous le rappellerai la veille.",
    );
    expect(plain(await list())).toContain("vous êtes inscrit·e");

    t.clock.set("2026-12-01T07:59:00Z");
    await t.scheduler.tick();
    expect(t.channel.direct).toHaveLength(0);
    t.clock.set("2026-12-01T08:00:00Z"); // 09:00 in Paris
    await t.scheduler.tick();
    expect(t.channel.direct.map((d) => plain(d.replies))).toEqual([
      "Rappel : Douleur et fin de vie à domicile demain à 19:30, Maison des associations, Villejuif (démo).",
    ]);
  });

  it("never overbooks: the fifth member is told the training is full and gets no button", async () => {
    for (const user of ["gp", "volunteer", "board", "director"]) {
      const register = buttonsOf(await list(user)).find((b) => b.label.includes("Au lit du patient"))!;
      await t.handle(clickFrom(user, register.actionId));
    }
    expect(plain(await list("coordinator"))).toContain(
      "Au lit du patient : pompes et voies veineuses en HAD — Formation au lit du patient\nmercredi 16 décembre 2026 à 10:00, Vitry-sur-Seine (adresse communiquée aux inscrits) — complet",
    );
    expect(buttonsOf(await list("coordinator")).some((b) => b.label.includes("Au lit du patient"))).toBe(false);
    const training = await t.database.db.training.findUniqueOrThrow({ where: { key: "demo-lit-patient-had" } });
    expect(plain(await t.handle(clickFrom("coordinator", `trainings:register:${training.id}`)))).toMatch(
      /est complète/,
    );
    expect(
      await t.database.db.trainingRegistration.count({ where: { trainingId: training.id, status: "registered" } }),
    ).toBe(4);
  });

  it("cancels a registration and its reminder", async () => {
    const register = buttonsOf(await list()).find((b) => b.label.startsWith("Je m'inscris : Douleur"))!;
    await t.handle(clickFrom("gp", register.actionId));
    const unregister = buttonsOf(await list()).find((b) => b.label.startsWith("Me désinscrire"))!;
    expect(plain(await t.handle(clickFrom("gp", unregister.actionId)))).toBe(
      "Votre inscription à Douleur et fin de vie à domicile est annulée.",
    );
    t.clock.set("2026-12-01T08:00:00Z");
    await t.scheduler.tick();
    expect(t.channel.direct).toHaveLength(0);
    expect(plain(await t.handle(clickFrom("gp", register.actionId)))).toMatch(/^C'est noté/);
  });

  it("says so when nothing is scheduled", async () => {
    await t.database.db.training.deleteMany();
    expect(plain(await list())).toMatch(/Aucune formation n'est programmée/);
  });
});
