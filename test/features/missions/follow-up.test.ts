import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { afterMissionEdit } from "../../../src/features/missions/engine/after-edit.ts";
import { clickFrom, textFrom } from "../../support/events.ts";
import { ScriptedClassifier } from "../../support/scripted-classifier.ts";
import type { TestBot } from "../../support/test-bot.ts";
import { assign, buttonOf, createMissionsBot, missionFor, plain } from "./missions-support.ts";

const span = (value: string, text: string, start: number) => [{ value, text, start, end: start + text.length }];
const classifier = new ScriptedClassifier({
  "c'est fait pour la mission 1, 2h30": {
    intent: "missions.complete",
    score: 0.95,
    entities: { missionNumber: span("1", "mission 1", 16), duration: span("150", "2h30", 27) },
  },
  "c'est fait pour la mission 1": {
    intent: "missions.complete",
    score: 0.95,
    entities: { missionNumber: span("1", "mission 1", 16) },
  },
});

let t: TestBot;
let mission: number;
beforeEach(async () => {
  t = await createMissionsBot({ classifier });
  // Saturday 12 December 2026, 09:00–12:00 in Paris; Inès Garnier holds a seat.
  mission = await missionFor(t, { title: "Former les IDE d'Ivry aux soins palliatifs", estimatedHours: 3 });
  await assign(t, mission, "ines-garnier", "accepted");
  await t.scheduler.planRecurring();
});
afterEach(() => t.close());

/** Moves the clock to `at` and runs what is due (the sweep every quarter of an hour, the deliveries). */
async function at(iso: string) {
  t.clock.set(iso);
  await t.scheduler.tick();
  await t.scheduler.tick();
}
/** What the volunteer persona (Inès Garnier) received. */
const sent = () => t.channel.direct.filter((d) => d.target.externalUserId === "volunteer").map((d) => plain(d.replies));

describe("following a mission up", () => {
  it("with the mission's clock: reminds a week and a day before, at 18:30 in the evening, then asks after the end; each once", async () => {
    await at("2026-11-23T10:15:00Z");
    await at("2026-12-05T17:29:00Z");
    expect(sent()).toEqual([]);
    await at("2026-12-05T17:30:00Z"); // Saturday 5 December, 18:30 in Paris
    expect(sent()).toHaveLength(1);
    expect(sent()[0]).toMatch(
      /^Rappel : votre mission, c'est dans une semaine\.\nMission 1 — Former les IDE d'Ivry aux soins palliatifs\n/,
    );
    await at("2026-12-11T17:30:00Z"); // Friday, the eve
    expect(sent()[1]).toMatch(/^Rappel : votre mission, c'est demain\. Merci d'y donner de votre temps !\nMission 1/);
    await at("2026-12-12T17:30:00Z"); // the evening after
    expect(sent()[2]).toBe(
      [
        "La mission 1 — Former les IDE d'Ivry aux soins palliatifs (samedi 12 décembre 2026) a-t-elle eu lieu ? Combien de temps y avez-vous consacré ? Vos heures comptent dans vos contributions.",
        "[Oui, ~3 h] [Oui, autre durée] [Non, ça n'a pas eu lieu]",
      ].join("\n"),
    );
    await at("2026-12-13T17:30:00Z");
    await at("2026-12-20T17:30:00Z");
    expect(sent()).toHaveLength(3);
    const history = await t.database.db.missionEvent.findMany({
      where: { missionId: mission },
      orderBy: { id: "asc" },
    });
    expect(history.map((e) => e.kind)).toEqual([
      "created",
      "opened",
      "reminded",
      "reminded",
      "started",
      "done",
      "checked_in",
    ]);
  });

  it("never writes in the volunteer's quiet hours: the reminder waits for their morning", async () => {
    await t.database.db.member.update({
      where: { key: "ines-garnier" },
      data: { quietHoursStart: "18:00", quietHoursEnd: "09:00" },
    });
    await at("2026-11-23T10:15:00Z");
    await at("2026-12-05T17:30:00Z");
    await at("2026-12-06T07:59:00Z");
    expect(sent()).toEqual([]);
    await at("2026-12-06T08:00:00Z"); // 09:00 in Paris
    expect(sent()).toHaveLength(1);
  });

  it("tells nothing to a volunteer who gave their seat back, and follows a mission moved to its new date", async () => {
    await at("2026-11-23T10:15:00Z");
    await t.database.db.mission.update({
      where: { id: mission },
      data: { startsAt: new Date("2026-12-19T08:00:00Z"), endsAt: new Date("2026-12-19T11:00:00Z") },
    });
    await afterMissionEdit(t.services, { missionId: mission, now: t.clock.now() });
    await at("2026-11-23T10:30:00Z");
    await at("2026-12-05T17:30:00Z");
    expect(sent()).toEqual([]);
    await at("2026-12-12T17:30:00Z");
    expect(sent()).toHaveLength(1);
    await t.database.db.missionAssignment.updateMany({ where: { missionId: mission }, data: { status: "withdrawn" } });
    await at("2026-12-18T17:30:00Z");
    await at("2026-12-19T17:30:00Z");
    expect(sent()).toHaveLength(1);
  });
});

describe("the volunteer's report", () => {
  const checkIn = async () => {
    await at("2026-11-23T10:15:00Z");
    await at("2026-12-12T17:30:00Z");
    return t.channel.direct.filter((d) => d.target.externalUserId === "volunteer").at(-1)!.replies;
  };

  it("records the estimate in one click", async () => {
    const question = await checkIn();
    const done = await t.handle(clickFrom("volunteer", buttonOf(question, "Oui, ~3 h")!.actionId));
    expect(plain(done)).toBe("Merci ! Mission 1 : 3 h enregistrées dans vos contributions.");
    const seat = await t.database.db.missionAssignment.findFirstOrThrow({ where: { missionId: mission } });
    expect([seat.status, seat.hoursSpent]).toEqual(["completed", 3]);
  });

  it("asks how long when it was another length, until the answer is one", async () => {
    const question = await checkIn();
    expect(plain(await t.handle(clickFrom("volunteer", buttonOf(question, "Oui, autre durée")!.actionId)))).toBe(
      "Combien de temps la mission 1 vous a-t-elle pris ? (ex. : 2h30, 90 min)",
    );
    expect(plain(await t.handle(textFrom("volunteer", "longtemps")))).toBe(
      "Je n'ai pas compris la durée.\nCombien de temps la mission 1 vous a-t-elle pris ? (ex. : 2h30, 90 min)",
    );
    expect(plain(await t.handle(textFrom("volunteer", "2h30")))).toBe(
      "Merci ! Mission 1 : 2,5 h enregistrées dans vos contributions.",
    );
  });

  it("records that it did not take place", async () => {
    const question = await checkIn();
    expect(plain(await t.handle(clickFrom("volunteer", buttonOf(question, "Non, ça n'a pas eu lieu")!.actionId)))).toBe(
      "C'est noté : la mission 1 n'a pas eu lieu. Merci de l'avoir dit.",
    );
  });

  it("takes « c'est fait pour la mission 1, 2h30 » in words, and no longer asks after", async () => {
    await at("2026-11-23T10:15:00Z");
    expect(plain(await t.handle(textFrom("volunteer", "c'est fait pour la mission 1, 2h30")))).toBe(
      "La mission 1 n'a pas encore commencé : je vous poserai la question après.",
    );
    await at("2026-12-12T12:00:00Z");
    expect(plain(await t.handle(textFrom("volunteer", "c'est fait pour la mission 1, 2h30")))).toBe(
      "Merci ! Mission 1 : 2,5 h enregistrées dans vos contributions.",
    );
    expect(plain(await t.handle(textFrom("volunteer", "c'est fait pour la mission 1")))).toMatch(
      /^La mission 1 — .* a-t-elle eu lieu \?/,
    );
    await at("2026-12-12T17:30:00Z");
    expect(sent().filter((s) => s.includes("a-t-elle eu lieu"))).toEqual([]);
  });

  it("refuses a report from someone who held no seat", async () => {
    await at("2026-12-12T12:00:00Z");
    expect(plain(await t.handle(textFrom("gp", "c'est fait pour la mission 1, 2h30")))).toBe(
      "Vous ne teniez pas de place dans la mission 1 : je ne peux pas l'enregistrer pour vous.",
    );
  });
});
