import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { anonymiseMember } from "../../../src/core/members/erase-member.ts";
import { editMission, type MissionTagKind } from "../../../src/features/missions/catalogue/mission-store.ts";
import { acceptMission } from "../../../src/features/missions/engine/accept.ts";
import { afterMissionEdit } from "../../../src/features/missions/engine/after-edit.ts";
import { openMission } from "../../../src/features/missions/engine/lifecycle.ts";
import { reconcileMissions } from "../../../src/features/missions/engine/reconcile.ts";
import { declineAnswer, withdrawAnswer } from "../../../src/features/missions/offers/answers.ts";
import { clickFrom } from "../../support/events.ts";
import type { TestBot } from "../../support/test-bot.ts";
import { button, draftMission, inbox, lastMessage, missionsBot, person, plain } from "./mission-fixtures.ts";

describe("seats of a mission", () => {
  let t: TestBot;
  let coordinatorId: number;
  beforeEach(async () => {
    ({ t, coordinatorId } = await missionsBot());
  });
  afterEach(() => t.close());

  /** An open mission nobody has been offered yet (its matching job is left pending). */
  async function openSeats(seats: number) {
    const mission = await draftMission(t.database.db, { seats, contactId: coordinatorId });
    await openMission(t.services, { missionId: mission.id, actorId: coordinatorId, now: t.clock.now() });
    return mission;
  }
  const volunteers = async (count: number) => {
    const made = [];
    for (let i = 1; i <= count; i++) made.push(await person(t.database.db, { key: `v${i}` }));
    return made;
  };
  const seatsOf = (id: number) => t.database.db.mission.findUniqueOrThrow({ where: { id } });
  const byStatus = async (missionId: number) => {
    const rows = await t.database.db.missionAssignment.groupBy({ by: ["status"], where: { missionId }, _count: true });
    return Object.fromEntries(rows.map((r) => [r.status, r._count]));
  };
  /** Runs the handler of a message the conversation side understood, as the member `key`. */
  async function asMember(key: string, run: (ctx: Parameters<typeof withdrawAnswer>[0]) => Promise<unknown>) {
    const member = (await t.services.members.resolve("console", "local", { externalUserId: key }))!;
    const translate = t.services.messages.translator("fr");
    return run({ member, services: t.services, t: translate, locale: "fr", log: t.services.log } as never);
  }

  it("gives exactly three seats to a hundred volunteers clicking Accepter at once; the 97 others hear it is full", async () => {
    const mission = await openSeats(3);
    await volunteers(100);
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) => t.handle(clickFrom(`v${i + 1}`, `missions:accept:${mission.id}`))),
    );
    const texts = answers.map(plain);
    expect(texts.filter((text) => text.startsWith("C'est noté : vous participez à la mission 1."))).toHaveLength(3);
    const full = answers.filter((replies) =>
      plain(replies).startsWith("La mission 1 — Former les IDE aux soins palliatifs est complète"),
    );
    expect(full).toHaveLength(97);
    expect(full.every((replies) => button(replies, /Liste d'attente/) === `missions:waitlist:${mission.id}`)).toBe(
      true,
    );
    expect(await seatsOf(mission.id)).toMatchObject({ seatsTaken: 3, status: "full" });
    expect(await byStatus(mission.id)).toEqual({ accepted: 3 });
    expect(await t.database.db.missionEvent.count({ where: { missionId: mission.id, kind: "accepted" } })).toBe(3);
    expect(await t.database.db.missionEvent.count({ where: { missionId: mission.id, kind: "full" } })).toBe(1);
  });

  it("gives a freed seat to the first on the waitlist, who is told with the calendar file; the contact is told", async () => {
    const mission = await openSeats(1);
    await volunteers(3);
    await t.handle(clickFrom("v1", `missions:accept:${mission.id}`));
    const full = await t.handle(clickFrom("v2", `missions:accept:${mission.id}`));
    expect(plain(await t.handle(clickFrom("v2", button(full, /Liste d'attente/))))).toBe(
      "C'est noté : vous êtes n°1 sur la liste d'attente de la mission 1 — Former les IDE aux soins palliatifs. Si une place se libère, elle sera pour vous et je vous préviendrai.",
    );
    await t.handle(clickFrom("v3", `missions:waitlist:${mission.id}`));
    await t.scheduler.tick();
    t.channel.direct.length = 0;

    const answer = await asMember("v1", (ctx) => withdrawAnswer(ctx, mission.id, "un imprévu familial"));
    expect(plain([answer as never])).toBe(
      "C'est noté : votre place pour la mission 1 — Former les IDE aux soins palliatifs est libérée et la coordination est prévenue. Merci de l'avoir dit !",
    );
    await t.scheduler.tick();
    const told = lastMessage(t.channel, "v2");
    expect(plain(told)).toMatch(/^Bonne nouvelle : une place s'est libérée pour la mission 1, elle est pour vous !/);
    expect(told[0]!.attachments?.[0]?.filename).toBe("mission-1.ics");
    expect(inbox(t.channel, "julie")).toEqual([
      "v1 se retire de la mission 1 — Former les IDE aux soins palliatifs (un imprévu familial).\n" +
        "La place revient à v2, premier·e sur la liste d'attente, qui est prévenu·e.\n[Qui a été sollicité ?]",
    ]);
    expect(inbox(t.channel, "v3")).toEqual([]);
    expect(await byStatus(mission.id)).toEqual({ accepted: 1, waitlisted: 1, withdrawn: 1 });
    expect(await seatsOf(mission.id)).toMatchObject({ seatsTaken: 1, status: "full" });
    await t.scheduler.tick();
    expect(inbox(t.channel, "v2")).toHaveLength(1);
  });

  it("with nobody waiting, opens the mission again and offers the freed seat", async () => {
    const mission = await openSeats(1);
    await volunteers(2);
    await t.handle(clickFrom("v1", `missions:accept:${mission.id}`));
    await t.scheduler.tick();
    expect(inbox(t.channel, "v2")).toEqual([]);
    await asMember("v1", (ctx) => withdrawAnswer(ctx, mission.id));
    await t.scheduler.tick();
    expect(await seatsOf(mission.id)).toMatchObject({ seatsTaken: 0, status: "open" });
    expect(inbox(t.channel, "v2")[0]).toMatch(/^Bonjour ! Une mission bénévole/);
    expect(inbox(t.channel, "julie").at(-1)).toMatch(/Personne n'attendait : la place est reproposée/);
  });

  it("takes a seat only for an active volunteer, once, on a mission taking volunteers", async () => {
    const mission = await openSeats(2);
    const draft = await draftMission(t.database.db);
    const [v1] = await volunteers(1);
    const left = await person(t.database.db, { key: "left", status: "inactive" });
    const accept = (missionId: number, memberId: number) =>
      acceptMission(t.services, { missionId, memberId, now: t.clock.now() });
    expect((await accept(mission.id, v1!.id)).ok).toBe(true);
    const refusals = [
      await accept(mission.id, v1!.id),
      await accept(draft.id, v1!.id),
      await accept(mission.id, coordinatorId),
      await accept(mission.id, left.id),
      await accept(404, v1!.id),
    ];
    expect(refusals.map((r) => (r.ok ? "ok" : r.error))).toEqual([
      "missions.accept.already",
      "missions.accept.closed",
      "missions.accept.notVolunteer",
      "missions.accept.notMember",
      "missions.error.notFound",
    ]);
    t.clock.set(mission.startsAt);
    expect(await accept(mission.id, coordinatorId)).toMatchObject({ ok: false, error: "missions.accept.closed" });
    expect(await seatsOf(mission.id)).toMatchObject({ seatsTaken: 1 });
  });

  it("« pas dispo jusqu'au 15 janvier »: no offer until then, and that mission never again", async () => {
    const mission = await openSeats(1);
    const [v1] = await volunteers(1);
    const until = new Date("2027-01-15T00:00:00+01:00");
    const answer = await asMember("v1", (ctx) => declineAnswer(ctx, mission.id, { reason: "unavailable", until }));
    expect(plain([answer as never])).toBe("Merci. Je ne vous proposerai rien avant le vendredi 15 janvier 2027.");
    expect((await t.database.db.member.findUniqueOrThrow({ where: { id: v1!.id } })).pausedUntil).toEqual(until);
    await t.scheduler.tick();
    expect(inbox(t.channel, "v1")).toEqual([]);
    const again = await asMember("v1", (ctx) => declineAnswer(ctx, mission.id));
    expect(plain([again as never])).toMatch(/^C'est noté, merci d'avoir répondu/);
  });

  it("gives new seats of an edited mission to the waitlist first, and refuses fewer seats than are taken", async () => {
    const mission = await openSeats(1);
    await volunteers(3);
    await t.handle(clickFrom("v1", `missions:accept:${mission.id}`));
    await t.handle(clickFrom("v2", `missions:waitlist:${mission.id}`));
    const withSeats = async (seats: number) => {
      const stored = await t.database.db.mission.findUniqueOrThrow({
        where: { id: mission.id },
        include: { tags: true },
      });
      const tags = stored.tags.map(({ kind, value }) => ({ kind: kind as MissionTagKind, value }));
      const now = t.clock.now();
      const edited = await editMission(
        t.database.db,
        mission.id,
        { ...stored, tags, seats },
        { actorId: coordinatorId, now },
      );
      if (edited.ok) await afterMissionEdit(t.services, { missionId: mission.id, now });
      return edited;
    };
    expect(await withSeats(3)).toMatchObject({ ok: true });
    expect(await byStatus(mission.id)).toEqual({ accepted: 2 });
    expect(await seatsOf(mission.id)).toMatchObject({ seats: 3, seatsTaken: 2, status: "open" });
    expect(await withSeats(1)).toEqual({
      ok: false,
      error: "missions.error.seatsTaken",
      params: { id: mission.id, taken: 2 },
    });
    expect(await withSeats(2)).toMatchObject({ ok: true });
    expect(await seatsOf(mission.id)).toMatchObject({ seats: 2, seatsTaken: 2, status: "full" });
  });

  it("frees the seat of a member who left the network (deactivated or erased) at the hourly sweep", async () => {
    const mission = await openSeats(2);
    const [v1, v2] = await volunteers(3);
    await t.handle(clickFrom("v1", `missions:accept:${mission.id}`));
    await t.handle(clickFrom("v2", `missions:accept:${mission.id}`));
    await t.handle(clickFrom("v3", `missions:waitlist:${mission.id}`));
    await t.database.db.member.update({
      where: { id: v1!.id },
      data: { status: "inactive", deactivatedAt: t.clock.now() },
    });
    await anonymiseMember(t.database.db, v2!.id, { label: `membre supprimé n° ${v2!.id}`, now: t.clock.now() });

    expect(await reconcileMissions(t.services)).toEqual({ released: 2, rounds: 1 });
    await t.scheduler.tick();
    expect(await byStatus(mission.id)).toEqual({ accepted: 1, withdrawn: 2 });
    expect(plain(lastMessage(t.channel, "v3"))).toMatch(/^Bonne nouvelle/);
    expect(inbox(t.channel, "julie").join("\n")).toContain(
      `membre supprimé n° ${v2!.id} se retire de la mission 1 — Former les IDE aux soins palliatifs (a quitté le réseau).`,
    );
    expect(await reconcileMissions(t.services)).toEqual({ released: 0, rounds: 0 });
  });
});
