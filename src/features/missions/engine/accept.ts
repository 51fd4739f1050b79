// A volunteer takes a seat, from an offer or on their own (browsing): one transaction, one guarded seat.
import { fail, ok, type Result } from "../../../core/errors.ts";
import type { Mission, MissionAssignment } from "../../../core/persistence.ts";
import { type EngineDeps, TAKING_SEATS } from "./lifecycle.ts";
import { inTransaction, lockMission, recordEvent, type Tx } from "./mission-tx.ts";
import { settleStatus, takeSeat, waitlistPosition } from "./seats.ts";

export type AcceptError =
  | "missions.error.notFound"
  | "missions.accept.closed"
  | "missions.accept.notMember"
  | "missions.accept.notVolunteer"
  | "missions.accept.already"
  /** No seat left; the volunteer may ask to wait for one (`ifFull: "waitlist"`). */
  | "missions.accept.full"
  | "missions.accept.alreadyWaiting";

export type AcceptOutcome =
  | { status: "accepted"; mission: Mission /** This seat was the last one. */; filled: boolean }
  | { status: "waitlisted"; mission: Mission /** 1 for the first in line. */; position: number };

export interface AcceptInput {
  missionId: number;
  memberId: number;
  now: Date;
  /** Who clicked or typed it; the volunteer themselves by default. */
  actorId?: number | null;
  /** When no seat is left: refuse (default; the answer says a waitlist exists) or join the waitlist. */
  ifFull?: "refuse" | "waitlist";
}

type Assignment = MissionAssignment | null;

async function assign(tx: Tx, input: AcceptInput, data: Partial<MissionAssignment>) {
  const { missionId, memberId } = input;
  return tx.missionAssignment.upsert({
    where: { missionId_memberId: { missionId, memberId } },
    create: { missionId, memberId, status: "accepted", ...data },
    update: data,
  });
}

/** The volunteer's « oui », in the history, with how they came to the mission (an offer, or on their own). */
const recordAnswer = (tx: Tx, input: AcceptInput, kind: "accepted" | "waitlisted", mine: Assignment) =>
  recordEvent(tx, {
    missionId: input.missionId,
    kind,
    at: input.now,
    actorId: input.actorId ?? input.memberId,
    memberId: input.memberId,
    detail: { via: mine?.status === "offered" ? "offer" : "self" },
  });

/**
 * When the volunteer joins the line: now, or just after the last one in line. Each process reads its
 * clock before it gets the lock, so without this a volunteer who got the lock later could stand ahead.
 */
async function placeInLine(tx: Tx, missionId: number, now: Date): Promise<Date> {
  const last = await tx.missionAssignment.findFirst({
    where: { missionId, status: "waitlisted" },
    orderBy: { waitlistedAt: "desc" },
    select: { waitlistedAt: true },
  });
  const after = last?.waitlistedAt ? last.waitlistedAt.getTime() + 1 : 0;
  return new Date(Math.max(now.getTime(), after));
}

async function joinWaitlist(tx: Tx, input: AcceptInput, mission: Mission, mine: Assignment) {
  const { now, missionId } = input;
  if (mine?.status === "waitlisted") {
    return fail("missions.accept.alreadyWaiting", {
      id: missionId,
      title: mission.title,
      position: await waitlistPosition(tx, mine),
    });
  }
  const row = await assign(tx, input, {
    status: "waitlisted",
    waitlistedAt: await placeInLine(tx, missionId, now),
    respondedAt: now,
    expiresAt: null,
  });
  await recordAnswer(tx, input, "waitlisted", mine);
  return ok({ status: "waitlisted" as const, mission, position: await waitlistPosition(tx, row) });
}

/**
 * Gives the volunteer a seat if one is free, in one transaction: the conditional update of the seat count
 * decides, so a mission never has more volunteers than seats, across processes too. The last seat makes
 * the mission full (pending offers closed, their volunteers and the contact told by a job). Without a
 * seat, the volunteer gets `missions.accept.full`, or joins the waitlist when they asked to.
 */
export function acceptMission(deps: EngineDeps, input: AcceptInput): Promise<Result<AcceptOutcome, AcceptError>> {
  const { missionId, memberId, now } = input;
  return inTransaction(deps.db, async (tx): Promise<Result<AcceptOutcome, AcceptError>> => {
    await lockMission(tx, missionId);
    const mission = await tx.mission.findUnique({ where: { id: missionId } });
    if (!mission) return fail("missions.error.notFound", { id: missionId });
    const params = { id: missionId, title: mission.title };
    // Seats are taken until the start; offers stop at the answer deadline, a volunteer may still come.
    if (!TAKING_SEATS.includes(mission.status) || mission.startsAt <= now)
      return fail("missions.accept.closed", params);
    const member = await tx.member.findUnique({
      where: { id: memberId },
      select: { status: true, roles: { where: { role: { in: ["volunteer", "admin"] } } } },
    });
    if (!member || member.status === "inactive") return fail("missions.accept.notMember", params);
    if (member.roles.length === 0) return fail("missions.accept.notVolunteer", params);
    const mine = await tx.missionAssignment.findUnique({ where: { missionId_memberId: { missionId, memberId } } });
    if (mine?.status === "accepted" || mine?.status === "completed") return fail("missions.accept.already", params);
    if (!(await takeSeat(tx, missionId))) {
      return input.ifFull === "waitlist"
        ? joinWaitlist(tx, input, mission, mine)
        : fail("missions.accept.full", params);
    }
    await assign(tx, input, { status: "accepted", acceptedAt: now, respondedAt: now, expiresAt: null });
    await recordAnswer(tx, input, "accepted", mine);
    const settled = await settleStatus(deps, tx, { missionId, now, actorId: input.actorId ?? memberId });
    const after = { ...mission, seatsTaken: mission.seatsTaken + 1, status: settled ?? mission.status };
    return ok({ status: "accepted", mission: after, filled: settled === "full" });
  });
}
