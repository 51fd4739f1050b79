import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { MissionStatus } from "../../../src/core/persistence.ts";
import { afterMissionEdit } from "../../../src/features/missions/engine/after-edit.ts";
import { cancelMission, canMove, openMission } from "../../../src/features/missions/engine/lifecycle.ts";
import { clickFrom } from "../../support/events.ts";
import type { TestBot } from "../../support/test-bot.ts";
import { DAY, draftMission, HOUR, inbox, type MissionSpec, missionsBot, person } from "./mission-fixtures.ts";

const STATUSES: MissionStatus[] = ["draft", "open", "full", "in_progress", "done", "cancelled"];

describe("a mission's lifecycle", () => {
  let t: TestBot;
  let coordinatorId: number;
  beforeEach(async () => {
    ({ t, coordinatorId } = await missionsBot());
  });
  afterEach(() => t.close());

  const open = (missionId: number) =>
    openMission(t.services, { missionId, actorId: coordinatorId, now: t.clock.now() });
  async function openNew(spec: MissionSpec = {}) {
    const mission = await draftMission(t.database.db, { contactId: coordinatorId, ...spec });
    expect((await open(mission.id)).ok).toBe(true);
    await t.scheduler.tick();
    return mission;
  }
  const statusOf = async (id: number) => (await t.database.db.mission.findUniqueOrThrow({ where: { id } })).status;
  const history = async (missionId: number) =>
    (
      await t.database.db.missionEvent.findMany({
        where: { missionId },
        orderBy: { id: "asc" },
        include: { member: true },
      })
    ).map((e) => (e.member ? `${e.kind} ${e.member.displayName}` : e.kind));

  it("moves only along draft → open → full → in progress → done, or to cancelled, and full back to open", () => {
    const moves = STATUSES.flatMap((from) => STATUSES.filter((to) => canMove(from, to)).map((to) => `${from}→${to}`));
    expect(moves).toEqual([
      "draft→open",
      "draft→cancelled",
      "open→full",
      "open→in_progress",
      "open→cancelled",
      "full→open",
      "full→in_progress",
      "full→cancelled",
      "in_progress→done",
      "in_progress→cancelled",
    ]);
  });

  it("refuses to open a draft whose dates no longer hold, saying what to fix", async () => {
    const now = t.clock.now().getTime();
    const cases: [MissionSpec, string][] = [
      [{ startsAt: new Date(now - HOUR) }, "missions.open.startPassed"],
      [{ startsAt: new Date(now + DAY), endsAt: new Date(now + DAY - HOUR) }, "missions.open.endBeforeStart"],
      [{ respondBy: new Date(now - HOUR) }, "missions.open.deadlinePassed"],
      [{ respondBy: new Date("2026-12-20T00:00:00Z") }, "missions.open.deadlineAfterStart"],
      [{ seats: 0 }, "missions.open.noSeats"],
      [{ status: "open" }, "missions.open.notDraft"],
    ];
    for (const [spec, error] of cases) {
      const mission = await draftMission(t.database.db, spec);
      expect(await open(mission.id)).toMatchObject({ ok: false, error });
    }
    expect(await open(999)).toEqual({ ok: false, error: "missions.error.notFound", params: { id: 999 } });
    expect(await t.database.db.job.count({ where: { kind: "missions.match" } })).toBe(0);
  });

  it("is in progress at its start and done at its end; offers and the waitlist lapse at the start; all of it recorded", async () => {
    for (const key of ["ana", "ben", "cleo"]) await person(t.database.db, { key });
    const startsAt = new Date(t.clock.now().getTime() + 2 * DAY);
    const mission = await openNew({ startsAt, respondBy: null });
    await t.handle(clickFrom("ana", `missions:accept:${mission.id}`));
    await t.handle(clickFrom("cleo", `missions:waitlist:${mission.id}`));
    expect(await statusOf(mission.id)).toBe("full");

    t.clock.set(startsAt);
    await t.scheduler.tick();
    expect(await statusOf(mission.id)).toBe("in_progress");
    const cleo = await t.database.db.missionAssignment.findFirstOrThrow({ where: { member: { displayName: "cleo" } } });
    expect(cleo.status).toBe("expired");

    t.clock.set(mission.endsAt);
    await t.scheduler.tick();
    expect(await statusOf(mission.id)).toBe("done");
    expect(await history(mission.id)).toEqual([
      "opened",
      "offered ana",
      "offered ben",
      "accepted ana",
      "full",
      "waitlisted cleo",
      "started",
      "done",
    ]);
    const opened = await t.database.db.missionEvent.findFirstOrThrow({ where: { kind: "opened" } });
    expect(opened.actorId).toBe(coordinatorId);
  });

  it("follows edited times: the jobs of the old times do nothing", async () => {
    const mission = await openNew();
    const later = new Date(mission.startsAt.getTime() + 7 * DAY);
    await t.database.db.mission.update({
      where: { id: mission.id },
      data: { startsAt: later, endsAt: new Date(later.getTime() + 2 * HOUR) },
    });
    await afterMissionEdit(t.services, { missionId: mission.id, now: t.clock.now() });
    t.clock.set(mission.endsAt);
    await t.scheduler.tick();
    expect(await statusOf(mission.id)).toBe("open");
    t.clock.set(later);
    await t.scheduler.tick();
    expect(await statusOf(mission.id)).toBe("in_progress");
  });

  it("cancelling withdraws the offers and tells everyone concerned, once", async () => {
    for (const key of ["ana", "ben", "cleo", "dan"]) await person(t.database.db, { key });
    const mission = await openNew({ seats: 2 });
    await t.handle(clickFrom("ana", `missions:accept:${mission.id}`));
    t.channel.direct.length = 0;

    const input = { missionId: mission.id, actorId: coordinatorId, reason: "salle indisponible", now: t.clock.now() };
    expect(await cancelMission(t.services, input)).toEqual({ ok: true, value: { told: 4 } });
    await t.scheduler.tick();
    await t.scheduler.tick();
    expect(inbox(t.channel, "ana")).toEqual([
      "La mission 1 — Former les IDE aux soins palliatifs du samedi 12 décembre 2026 est annulée (salle indisponible). Merci d'avoir répondu présent·e !",
    ]);
    expect(inbox(t.channel, "dan")).toEqual([
      "La mission 1 — Former les IDE aux soins palliatifs que je vous avais proposée est annulée : plus besoin de répondre.",
    ]);
    expect(t.channel.direct).toHaveLength(4);
    const rows = await t.database.db.missionAssignment.groupBy({ by: ["status"], _count: true });
    expect(Object.fromEntries(rows.map((r) => [r.status, r._count]))).toEqual({ accepted: 1, withdrawn: 3 });
    expect(await cancelMission(t.services, input)).toMatchObject({ ok: false, error: "missions.cancel.finished" });
    const accepting = await t.handle(clickFrom("ben", `missions:accept:${mission.id}`));
    expect(accepting[0]!.blocks[0]).toMatchObject({ markdown: expect.stringMatching(/ne prend plus d'inscriptions/) });
  });
});
