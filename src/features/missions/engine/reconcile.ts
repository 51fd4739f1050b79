// The hourly sweep. A member erased or deactivated (by the member file, /membres or an erasure) may still
// hold a seat, a waitlist place or an offer: the sweep gives them back as a withdrawal would, so the next
// in line is promoted and the contact told. Doing it here rather than from the erasure keeps the core free
// of missions (features never reach into each other) and catches every way of leaving at once. The sweep
// also starts another round of offers where seats are free and volunteers may have become askable since
// (a new month under the caps, a pause or cool-down over, new volunteers).
import type { Services } from "../../../core/services.ts";
import { missionsSettings } from "../settings.ts";
import { MISSION_JOBS } from "./follow-ups.ts";
import { withdrawFromMission } from "./withdraw.ts";

export interface SweepOutcome {
  /** Seats, waitlist places and offers given back for members who left. */
  released: number;
  /** Missions given another round of offers (once an hour at most). */
  rounds: number;
}

export async function reconcileMissions(services: Services): Promise<SweepOutcome> {
  const { db, clock } = services;
  const now = clock.now();
  const left = await db.missionAssignment.findMany({
    where: {
      status: { in: ["accepted", "waitlisted", "offered"] },
      member: { status: "inactive" },
      mission: { status: { in: ["open", "full"] } },
    },
    select: { missionId: true, memberId: true },
  });
  let released = 0;
  for (const { missionId, memberId } of left) {
    const outcome = await withdrawFromMission(services, {
      missionId,
      memberId,
      now,
      actorId: null,
      reason: "member_left",
    });
    if (outcome.ok) released++;
  }
  const { offersPerSeat } = services.config.settings.of(missionsSettings);
  const open = await db.mission.findMany({
    where: { status: "open", startsAt: { gt: now }, OR: [{ respondBy: null }, { respondBy: { gt: now } }] },
    select: {
      id: true,
      seats: true,
      seatsTaken: true,
      _count: { select: { assignments: { where: { status: "offered" } } } },
    },
  });
  const hour = now.toISOString().slice(0, 13);
  const wanting = open.filter((m) => (m.seats - m.seatsTaken) * offersPerSeat > m._count.assignments);
  const rounds = await services.scheduler.scheduleMany(
    wanting.map((m) => ({
      kind: MISSION_JOBS.match,
      runAt: now,
      payload: { missionId: m.id },
      dedupeKey: `mission-match:${m.id}:sweep-${hour}`,
    })),
  );
  return { released, rounds: rounds.filter((round) => round.scheduled).length };
}
