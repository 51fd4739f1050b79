import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clickFrom, textFrom } from "../../support/events.ts";
import { ScriptedClassifier } from "../../support/scripted-classifier.ts";
import type { TestBot } from "../../support/test-bot.ts";
import { assign, buttonOf, createMissionsBot, memberId, missionFor, plain } from "./missions-support.ts";

const classifier = new ScriptedClassifier({
  "mes contributions cette année": { intent: "missions.mine", score: 0.95 },
  "mes contributions": { intent: "missions.mine", score: 0.95 },
  "mes missions": { intent: "missions.mine", score: 0.95 },
  "what have I done since January": { intent: "missions.mine", score: 0.95, locale: "en" },
});

let t: TestBot;
beforeEach(async () => {
  t = await createMissionsBot({ classifier });
});
afterEach(() => t.close());

/** A mission the volunteer did, `hours` long, on `day`. */
async function did(
  key: string,
  title: string,
  kind: "training" | "working_group" | "communication",
  day: string,
  hours: number,
) {
  const id = await missionFor(t, {
    title,
    kind,
    tags:
      kind === "training"
        ? [
            { kind: "skill", value: "soins_palliatifs" },
            { kind: "profession", value: "nurse" },
          ]
        : [],
    startsAt: new Date(`${day}T17:00:00Z`),
    endsAt: new Date(`${day}T20:00:00Z`),
  });
  await assign(t, id, key, "completed");
  await t.database.db.missionAssignment.updateMany({ where: { missionId: id }, data: { hoursSpent: hours } });
  return id;
}

describe("a volunteer's contributions", () => {
  beforeEach(async () => {
    await did("ines-garnier", "Former les IDE d'Ivry aux soins palliatifs", "training", "2026-03-12", 3);
    await did("ines-garnier", "Groupe de travail sur les directives anticipées", "working_group", "2026-10-06", 2.5);
    await did("ines-garnier", "Relire la plaquette des sympathisants", "communication", "2025-06-02", 1);
  });

  it("sums up the year in chat, and as a file to attach to a CV or a DPC record", async () => {
    const [summary] = await t.handle(textFrom("volunteer", "mes contributions cette année"));
    expect(plain([summary!])).toBe(
      [
        "Vos contributions au réseau en 2026",
        "Missions faites: 2",
        "Temps donné: 5,5 h",
        "Compétences mobilisées: soins palliatifs",
        "Par type de mission",
        "• formation : 1 mission, 3 h",
        "• groupe de travail : 1 mission, 2,5 h",
        "Le détail",
        "• jeudi 12 mars 2026 — Former les IDE d'Ivry aux soins palliatifs (formation) — 3 h",
        "• mardi 6 octobre 2026 — Groupe de travail sur les directives anticipées (groupe de travail) — 2,5 h",
        `📎 contributions-${await memberId(t, "ines-garnier")}-2026-11-23.txt`,
      ].join("\n"),
    );
    const file = summary!.attachments![0]!;
    expect(file.mimeType).toBe("text/plain");
    expect(file.content).toMatch(/^Contributions bénévoles de Inès Garnier\n\nVos contributions au réseau en 2026\n/);
    expect(file.content).toMatch(
      /Établi le lundi 23 novembre 2026 par le bot du réseau, d'après les missions en 2026 dont la personne a confirmé la réalisation et la durée\.\n$/,
    );
  });

  it("reads the period in English too", async () => {
    const answer = plain(await t.handle(textFrom("volunteer", "what have I done since January")));
    expect(answer).toMatch(
      /^Your contributions to the network since Thursday, 1 January 2026\nMissions done: 2\nTime given: 5.5 h/,
    );
  });

  it("counts everything when no period is said, and says so when there is nothing", async () => {
    expect(plain(await t.handle(textFrom("volunteer", "mes contributions")))).toMatch(
      /^Vos contributions au réseau depuis votre première mission\nMissions faites: 3\nTemps donné: 6,5 h/,
    );
    expect(plain(await t.handle(textFrom("gp", "mes contributions")))).toBe(
      "Je ne trouve pas de mission faite depuis votre première mission. Les missions comptent une fois que vous m'avez dit qu'elles ont eu lieu.",
    );
  });

  it("is a click away from « mes missions »", async () => {
    const mine = await t.handle(textFrom("volunteer", "mes missions"));
    const year = await t.handle(clickFrom("volunteer", buttonOf(mine, "Mon bilan de l'année")!.actionId));
    expect(plain(year)).toMatch(/^Vos contributions au réseau en 2026\nMissions faites: 2/);
  });
});

describe("the monthly overview", () => {
  it("gives the team and the board the month just ended, on the 1st at 09:00, once", async () => {
    // Written as rows: this month's history is what the overview reads, no offer is to go out.
    const filled = await missionFor(t, { title: "Former les IDE", kind: "training", seats: 1 }, "draft");
    await t.database.db.mission.update({
      where: { id: filled },
      data: {
        status: "full",
        openedAt: new Date("2026-11-02T09:00:00Z"),
        filledAt: new Date("2026-11-04T09:00:00Z"),
        startsAt: new Date("2026-11-20T09:00:00Z"),
        endsAt: new Date("2026-11-20T12:00:00Z"),
      },
    });
    await assign(t, filled, "ines-garnier", "completed", new Date("2026-11-03T09:00:00Z"));
    await t.database.db.missionAssignment.updateMany({ where: { missionId: filled }, data: { hoursSpent: 3 } });
    const open = await missionFor(t, { title: "Tenir le stand", kind: "representation" }, "draft");
    await t.database.db.mission.update({ where: { id: open }, data: { status: "open" } });
    // The engine's hourly sweep offers the open mission to volunteers meanwhile: only overviews are read here.
    const overviews = () => t.channel.direct.filter((d) => plain(d.replies).startsWith("Les missions en"));
    await assign(t, open, "claire-martin", "declined", new Date("2026-11-10T09:00:00Z"));
    await assign(t, open, "nadia-benali", "expired", new Date("2026-11-11T09:00:00Z"));
    await assign(t, open, "karim-haddad", "offered", new Date("2026-11-12T09:00:00Z"));
    await t.scheduler.planRecurring();
    t.clock.set("2026-12-01T07:59:00Z");
    await t.scheduler.tick();
    expect(overviews()).toEqual([]);
    t.clock.set("2026-12-01T08:00:00Z"); // 09:00 in Paris
    await t.scheduler.tick();
    await t.scheduler.tick();
    const overview = [
      "Les missions en novembre 2026",
      "Missions ouvertes aujourd'hui: 1",
      "Temps pour pourvoir une mission: 2 j en médiane (1 mission pourvue)",
      "Propositions acceptées: 33 % (1 sur 3)",
      "Bénévoles actifs: 1",
      "Heures données, par type de mission",
      "• formation : 3 h",
    ].join("\n");
    const readers = overviews().map((d) => [d.target.externalUserId, plain(d.replies)]);
    expect(readers).toEqual(
      expect.arrayContaining([
        ["coordinator", overview],
        ["director", overview],
        ["board", overview],
      ]),
    );
    expect(readers.some(([who]) => who === "volunteer" || who === "gp")).toBe(false);
    const told = overviews().length;
    t.clock.set("2026-12-01T09:00:00Z");
    await t.scheduler.tick();
    expect(overviews()).toHaveLength(told);
  });
});
