// The seat count and the status that follows it. Every seat taken goes through one conditional update
// (`seatsTaken < seats`), so a mission never has more volunteers than seats, whatever runs at once.
import type { MissionAssignment } from "../../../core/persistence.ts";
import { requestMatching, tellAbout } from "./follow-ups.ts";
import { type EngineDeps, moveMission } from "./lifecycle.ts";
import { recordEvent, type Tx } from "./mission-tx.ts";

/** Takes one seat if one is free and the mission takes volunteers; false otherwise. */
export async function takeSeat(tx: Tx, missionId: number, statuses: ("open" | "full")[] = ["open"]): Promise<boolean> {
  const { count } = await tx.mission.updateMany({
    where: { id: missionId, status: { in: statuses }, seatsTaken: { lt: tx.mission.fields.seats } },
    data: { seatsTaken: { increment: 1 } },
  });
  return count === 1;
}

export async function freeSeat(tx: Tx, missionId: number): Promise<void> {
  await tx.mission.updateMany({
    where: { id: missionId, seatsTaken: { gt: 0 } },
    data: { seatsTaken: { decrement: 1 } },
  });
}

/** 1 for the first in line: by the time they joined, then by their assignment's number. */
export async function waitlistPosition(tx: Tx, row: Pick<MissionAssignment, "id" | "missionId" | "waitlistedAt">) {
  const at = row.waitlistedAt ?? new Date(0);
  const ahead = await tx.missionAssignment.count({
    where: {
      missionId: row.missionId,
      status: "waitlisted",
      OR: [{ waitlistedAt: { lt: at } }, { waitlistedAt: at, id: { lt: row.id } }],
    },
  });
  return ahead + 1;
}

/**
 * Gives free seats to the waitlist, first in line first (members who left the network are skipped);
 * each promoted volunteer is told by a job. Returns their ids.
 */
export async function fillFromWaitlist(
  deps: Pick<EngineDeps, "scheduler">,
  tx: Tx,
  missionId: number,
  now: Date,
): Promise<number[]> {
  const promoted: number[] = [];
  for (;;) {
    const next = await tx.missionAssignment.findFirst({
      where: { missionId, status: "waitlisted", member: { status: { not: "inactive" } } },
      orderBy: [{ waitlistedAt: "asc" }, { id: "asc" }],
    });
    // "full" too: a seat was just freed, the status follows after (settleStatus).
    if (!next || !(await takeSeat(tx, missionId, ["open", "full"]))) break;
    await tx.missionAssignment.update({ where: { id: next.id }, data: { status: "accepted", acceptedAt: now } });
    const eventId = await recordEvent(tx, { missionId, kind: "promoted", at: now, memberId: next.memberId });
    await tellAbout(deps.scheduler, tx, eventId, now);
    promoted.push(next.memberId);
  }
  return promoted;
}

/**
 * Keeps the status in step with the seats. Full when none is left: pending offers are closed at once and
 * their volunteers told politely (rather than left to wonder until their offer lapses), the contact told.
 * Open again when one frees: another round of offers.
 */
export async function settleStatus(
  deps: Pick<EngineDeps, "scheduler">,
  tx: Tx,
  input: { missionId: number; now: Date; actorId: number | null },
): Promise<"full" | "open" | null> {
  const { missionId, now, actorId } = input;
  const mission = await tx.mission.findUniqueOrThrow({ where: { id: missionId } });
  if (mission.status === "open" && mission.seatsTaken >= mission.seats) {
    const closing = await tx.missionAssignment.findMany({
      where: { missionId, status: "offered" },
      select: { memberId: true },
    });
    await tx.missionAssignment.updateMany({ where: { missionId, status: "offered" }, data: { status: "expired" } });
    const eventId = await moveMission(tx, {
      missionId,
      from: ["open"],
      to: "full",
      event: "full",
      at: now,
      actorId,
      data: { filledAt: now },
      detail: { closedOffers: closing.map((c) => c.memberId) },
    });
    if (eventId !== null) await tellAbout(deps.scheduler, tx, eventId, now);
    return "full";
  }
  if (mission.status === "full" && mission.seatsTaken < mission.seats) {
    const eventId = await moveMission(tx, {
      missionId,
      from: ["full"],
      to: "open",
      event: "reopened",
      at: now,
      actorId,
    });
    if (eventId !== null) await requestMatching(deps.scheduler, tx, missionId, `event-${eventId}`, now);
    return "open";
  }
  return null;
}
