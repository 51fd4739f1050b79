// What time does to a mission and its offers: an offer lapses, the answer deadline passes, the mission
// starts, then ends. Each job reads the row again and does nothing when it finds its work done or its
// time moved, so a job run twice (a lost lease, a crash before it was marked done) changes nothing twice.
import type { Mission } from "../../../core/persistence.ts";
import type { OfferRef } from "./follow-ups.ts";
import { requestMatching, tellAbout } from "./follow-ups.ts";
import { type EngineDeps, moveMission, TAKING_SEATS } from "./lifecycle.ts";
import { inTransaction, lockMission, recordEvent, type Tx } from "./mission-tx.ts";

/**
 * An unanswered offer lapses, with every other offer of the mission due by now (a round's offers share
 * their expiry: the first of their jobs lapses them all and asks for one round of offers, the others
 * find nothing left to do). Returns how many lapsed.
 */
export function expireOffer(deps: EngineDeps, offer: OfferRef, now: Date): Promise<number> {
  const { missionId } = offer;
  return inTransaction(deps.db, async (tx) => {
    await lockMission(tx, missionId);
    const due = { missionId, status: "offered" as const, expiresAt: { lte: now } };
    const lapsing = await tx.missionAssignment.findMany({
      where: due,
      select: { memberId: true },
      orderBy: { id: "asc" },
    });
    if (lapsing.length === 0) return 0; // answered, closed or already lapsed
    await tx.missionAssignment.updateMany({ where: due, data: { status: "expired" } });
    let first: number | undefined;
    for (const { memberId } of lapsing) {
      const eventId = await recordEvent(tx, { missionId, kind: "expired", at: now, memberId });
      first ??= eventId;
    }
    await requestMatching(deps.scheduler, tx, missionId, `event-${first}`, now);
    return lapsing.length;
  });
}

/** What lapses when a mission stops taking answers: pending offers (and, at the start, the waitlist). */
async function lapse(tx: Tx, missionId: number, statuses: ("offered" | "waitlisted")[]) {
  const lapsing = await tx.missionAssignment.findMany({
    where: { missionId, status: { in: statuses } },
    select: { memberId: true },
  });
  await tx.missionAssignment.updateMany({
    where: { missionId, status: { in: statuses } },
    data: { status: "expired" },
  });
  return lapsing.map((row) => row.memberId);
}

/** What a job of the mission's clock carries: the time it was scheduled for. */
interface Timed {
  missionId: number;
  at: string;
}

/** Runs `work` in one transaction if the mission's `time` is still the job's (an edit moved it otherwise). */
function atMissionTime(
  deps: EngineDeps,
  input: Timed,
  time: "startsAt" | "endsAt" | "respondBy",
  work: (tx: Tx, mission: Mission) => Promise<unknown>,
): Promise<void> {
  return inTransaction(deps.db, async (tx) => {
    await lockMission(tx, input.missionId);
    const mission = await tx.mission.findUnique({ where: { id: input.missionId } });
    if (mission?.[time]?.toISOString() === input.at) await work(tx, mission);
  });
}

/**
 * The answer deadline: pending offers lapse, and the contact hears how many seats are taken (unless the
 * mission filled, which they heard of then). Recorded once per deadline, even if the job runs twice.
 */
export function reachDeadline(deps: EngineDeps, input: Timed, now: Date): Promise<void> {
  const { missionId } = input;
  return atMissionTime(deps, input, "respondBy", async (tx, mission) => {
    const at = mission.respondBy!;
    if (!TAKING_SEATS.includes(mission.status)) return;
    if (await tx.missionEvent.findFirst({ where: { missionId, kind: "deadline", at } })) return;
    const lapsed = await lapse(tx, missionId, ["offered"]);
    const eventId = await recordEvent(tx, {
      missionId,
      kind: "deadline",
      at,
      detail: { lapsed, seats: mission.seats, seatsTaken: mission.seatsTaken },
    });
    if (mission.status === "open") await tellAbout(deps.scheduler, tx, eventId, now);
  });
}

/** The start: the mission is in progress; pending offers and the waitlist lapse. */
export function startMission(deps: EngineDeps, input: Timed, now: Date): Promise<void> {
  return atMissionTime(deps, input, "startsAt", (tx) => begin(tx, input.missionId, now));
}

async function begin(tx: Tx, missionId: number, now: Date): Promise<void> {
  const lapsing = await tx.missionAssignment.count({ where: { missionId, status: { in: ["offered", "waitlisted"] } } });
  const eventId = await moveMission(tx, {
    missionId,
    from: ["open", "full"],
    to: "in_progress",
    event: "started",
    at: now,
    detail: { lapsed: lapsing },
  });
  if (eventId !== null) await lapse(tx, missionId, ["offered", "waitlisted"]);
}

/** The end: done (started first, if its start job has not run yet: both may be claimed in one batch). */
export function endMission(deps: EngineDeps, input: Timed, now: Date): Promise<void> {
  const { missionId } = input;
  return atMissionTime(deps, input, "endsAt", async (tx, mission) => {
    if (TAKING_SEATS.includes(mission.status)) await begin(tx, missionId, now);
    await moveMission(tx, { missionId, from: ["in_progress"], to: "done", event: "done", at: now });
  });
}
