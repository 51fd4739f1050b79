import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clickFrom, commandFrom, textFrom } from "../../support/events.ts";
import { ScriptedClassifier } from "../../support/scripted-classifier.ts";
import type { TestBot } from "../../support/test-bot.ts";
import { assign, buttonOf, createMissionsBot, missionFor, plain } from "./missions-support.ts";

const entity = (value: string, text: string, start: number) => [{ value, text, start, end: start + text.length }];
const classifier = new ScriptedClassifier({
  "des missions pour moi ?": { intent: "missions.browse", score: 0.95 },
  "mes missions": { intent: "missions.mine", score: 0.95 },
  "mes contributions cette année": { intent: "missions.mine", score: 0.95 },
  "je prends la mission 2": {
    intent: "missions.accept",
    score: 0.95,
    entities: { missionNumber: entity("2", "mission 2", 12) },
  },
  "ok je prends": { intent: "missions.accept", score: 0.95 },
  "non merci": { intent: "missions.decline", score: 0.95 },
  "je ne peux plus pour la mission 2": {
    intent: "missions.withdraw",
    score: 0.95,
    entities: { missionNumber: entity("2", "mission 2", 24) },
  },
  "non merci pour la mission 3, trop loin": {
    intent: "missions.decline",
    score: 0.95,
    entities: { missionNumber: entity("3", "mission 3", 18) },
  },
  "non pour la mission 1, pas dispo jusqu'au 15 janvier": {
    intent: "missions.decline",
    score: 0.95,
    entities: { missionNumber: entity("1", "mission 1", 13), date: entity("2027-01-15", "15 janvier", 41) },
  },
});

let t: TestBot;
beforeEach(async () => {
  t = await createMissionsBot({ classifier });
});
afterEach(() => t.close());

const say = (who: string, text: string) => t.handle(textFrom(who, text));

/** Inès Garnier (the volunteer persona): Ivry and Le Kremlin-Bicêtre, soins palliatifs, formation. */
async function catalogue() {
  const thiais = await missionFor(t, {
    title: "Tenir le stand du réseau au forum de Thiais",
    communeCode: "94073",
    kind: "representation",
  });
  const ivry = await missionFor(t, {
    title: "Former les IDE d'Ivry aux soins palliatifs",
    communeCode: "94041",
    kind: "training",
    tags: [{ kind: "skill", value: "soins_palliatifs" }],
    startsAt: new Date("2026-12-19T08:00:00Z"),
    endsAt: new Date("2026-12-19T11:00:00Z"),
  });
  const remote = await missionFor(t, {
    title: "Relire la plaquette des sympathisants",
    remote: true,
    kind: "communication",
  });
  await missionFor(t, { title: "Brouillon pas encore publié" }, "draft");
  const full = await missionFor(t, { title: "Mission déjà complète", seats: 1 });
  await assign(t, full, "claire-martin", "accepted");
  await missionFor(t, { title: "Réponses closes", respondBy: new Date("2026-11-20T17:00:00Z") });
  return { thiais, ivry, remote };
}

describe("open missions, for a volunteer", () => {
  it("lists the missions a volunteer can still take, theirs first, each with its card a click away", async () => {
    const { ivry, remote, thiais } = await catalogue();
    const replies = await say("volunteer", "des missions pour moi ?");
    expect(plain(replies)).toBe(
      [
        "3 missions sont ouvertes aux bénévoles, celles qui vous correspondent le mieux d'abord :",
        `• Mission ${ivry} — Former les IDE d'Ivry aux soins palliatifs · samedi 19 décembre 2026 · Ivry-sur-Seine · 3 h · 2 places`,
        `• Mission ${remote} — Relire la plaquette des sympathisants · samedi 12 décembre 2026 · à distance · 3 h · 2 places`,
        `• Mission ${thiais} — Tenir le stand du réseau au forum de Thiais · samedi 12 décembre 2026 · Thiais · 3 h · 2 places`,
        `[Mission ${ivry} : plus d'infos] [Mission ${remote} : plus d'infos] [Mission ${thiais} : plus d'infos]`,
      ].join("\n"),
    );
    const card = await t.handle(clickFrom("volunteer", buttonOf(replies, `Mission ${ivry} : plus d'infos`)!.actionId));
    expect(plain(card)).toContain("Contact: Julie Moreau");
    expect(plain(await t.handle(commandFrom("volunteer", "missions", "")))).toBe(plain(replies));
  });

  it("says so when nothing is open", async () => {
    expect(plain(await say("volunteer", "des missions pour moi ?"))).toBe(
      "Aucune mission n'est ouverte en ce moment. Je vous écrirai quand une mission correspondra à votre profil.",
    );
  });

  it("tells a member who is not a volunteer how to become one", async () => {
    expect(plain(await say("gp", "des missions pour moi ?"))).toBe(
      "Cette action est réservée aux bénévoles (sympathisants) du réseau, à l'équipe de coordination ou à la direction du réseau. Pour devenir sympathisant·e et recevoir des missions, dites-le à l'équipe de coordination.",
    );
  });

  it("never shows a draft's card to a volunteer", async () => {
    const draft = await missionFor(t, { title: "Brouillon" }, "draft");
    expect(plain(await t.handle(clickFrom("volunteer", `missions:info:${draft}`)))).toBe(
      `Il n'y a pas de mission n°${draft}.`,
    );
  });
});

describe("a volunteer's own missions", () => {
  it("groups them by where they stand", async () => {
    const { ivry, remote, thiais } = await catalogue();
    const done = await missionFor(t, {
      title: "Groupe de travail sur les directives anticipées",
      startsAt: new Date("2026-11-10T17:00:00Z"),
      endsAt: new Date("2026-11-10T19:00:00Z"),
    });
    await assign(t, ivry, "ines-garnier", "accepted");
    await assign(t, thiais, "claire-martin", "waitlisted", new Date("2026-11-22T10:00:00Z"));
    await assign(t, thiais, "ines-garnier", "waitlisted");
    await assign(t, remote, "ines-garnier", "offered");
    await assign(t, done, "ines-garnier", "completed");
    await t.database.db.missionAssignment.updateMany({ where: { missionId: done }, data: { hoursSpent: 2.5 } });
    const replies = await say("volunteer", "mes missions");
    expect(plain(replies)).toBe(
      [
        "Vos missions :",
        "À venir",
        `• Mission ${ivry} — Former les IDE d'Ivry aux soins palliatifs · samedi 19 décembre 2026 · Ivry-sur-Seine · 3 h`,
        "En liste d'attente",
        `• Mission ${thiais} — Tenir le stand du réseau au forum de Thiais · samedi 12 décembre 2026 · Thiais · 3 h · 2e sur la liste`,
        "Proposées, en attente de votre réponse",
        `• Mission ${remote} — Relire la plaquette des sympathisants · samedi 12 décembre 2026 · à distance · 3 h · réponse avant le mercredi 25 novembre 2026 à 11:00`,
        "Faites",
        `• Mission ${done} — Groupe de travail sur les directives anticipées · mardi 10 novembre 2026 · tout le territoire · 3 h · 2,5 h données`,
        `[Mission ${ivry} : plus d'infos] [Mission ${remote} : plus d'infos] [Mon bilan de l'année]`,
      ].join("\n"),
    );
  });

  it("offers the open missions to a volunteer who holds none", async () => {
    const replies = await say("volunteer", "mes missions");
    expect(plain(replies)).toBe("Vous n'avez pas de mission en cours.\n[Voir les missions ouvertes]");
  });
});

describe("answering in words", () => {
  it("takes the seat of the mission named, and gives it back; its card then offers « Je me désiste »", async () => {
    const { ivry } = await catalogue();
    expect(ivry).toBe(2);
    expect(plain(await say("volunteer", "je prends la mission 2"))).toMatch(
      /^C'est noté : vous participez à la mission 2\. Merci !\nMission 2 — Former les IDE d'Ivry aux soins palliatifs/,
    );
    const card = await t.handle(clickFrom("volunteer", `missions:info:${ivry}`));
    expect(card[0]!.buttons?.map((b) => b.label)).toEqual(["Je me désiste"]);
    expect(plain(await say("volunteer", "je ne peux plus pour la mission 2"))).toBe(
      "C'est noté : votre place pour la mission 2 — Former les IDE d'Ivry aux soins palliatifs est libérée et la coordination est prévenue. Merci de l'avoir dit !",
    );
    const seat = await t.database.db.missionAssignment.findFirstOrThrow({ where: { missionId: ivry } });
    expect(seat.status).toBe("withdrawn");
  });

  it("reads the reason of a « non » from the words: too far, or not available until a date", async () => {
    const { remote, thiais } = await catalogue();
    expect(remote).toBe(3);
    expect(plain(await say("volunteer", "non merci pour la mission 3, trop loin"))).toBe(
      "Merci : je privilégierai les missions près de chez vous ou à distance.",
    );
    expect(plain(await say("volunteer", "non pour la mission 1, pas dispo jusqu'au 15 janvier"))).toBe(
      "Merci. Je ne vous proposerai rien avant le vendredi 15 janvier 2027.",
    );
    const answers = await t.database.db.missionAssignment.findMany({
      where: { missionId: { in: [remote, thiais] } },
      orderBy: { missionId: "asc" },
    });
    expect(answers.map((a) => [a.missionId, a.status, a.declineReason])).toEqual([
      [thiais, "declined", "unavailable"],
      [remote, "declined", "too_far"],
    ]);
    const member = await t.database.db.member.findUniqueOrThrow({ where: { key: "ines-garnier" } });
    expect(member.pausedUntil).toEqual(new Date("2027-01-14T23:00:00Z"));
  });

  it("knows the mission meant when only one is offered, and asks otherwise", async () => {
    const { ivry, remote } = await catalogue();
    expect(plain(await say("volunteer", "ok je prends"))).toMatch(
      /^Aucune mission ne vous est proposée en ce moment\./,
    );
    await assign(t, remote, "ines-garnier", "offered");
    expect(plain(await say("volunteer", "ok je prends"))).toMatch(
      new RegExp(`^C'est noté : vous participez à la mission ${remote}\\.`),
    );
    await assign(t, ivry, "ines-garnier", "offered");
    await t.database.db.missionAssignment.deleteMany({ where: { missionId: remote } });
    await t.database.db.mission.update({ where: { id: remote }, data: { seatsTaken: 0 } });
    await assign(t, remote, "ines-garnier", "offered");
    expect(plain(await say("volunteer", "non merci"))).toMatch(/^De quelle mission parlez-vous \?/);
  });
});
