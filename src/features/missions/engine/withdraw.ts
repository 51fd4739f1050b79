// A volunteer gives back their seat, their place on the waitlist or an offer they no longer want.
import { fail, ok, type Result } from "../../../core/errors.ts";
import type { AssignmentStatus, Mission } from "../../../core/persistence.ts";
import { requestMatching, tellAbout } from "./follow-ups.ts";
import { type EngineDeps, TAKING_SEATS } from "./lifecycle.ts";
import { inTransaction, lockMission, recordEvent } from "./mission-tx.ts";
import { fillFromWaitlist, freeSeat, settleStatus } from "./seats.ts";

export type WithdrawError = "missions.error.notFound" | "missions.withdraw.notIn" | "missions.withdraw.started";

export interface WithdrawOutcome {
  mission: Mission;
  /** What the volunteer gave back. */
  was: Extract<AssignmentStatus, "accepted" | "waitlisted" | "offered">;
  /** The volunteer who got the seat from the waitlist (told by a job), if any. */
  promotedId: number | null;
  /** No one was waiting: the seat goes back to matching (before the answer deadline). */
  backToMatching: boolean;
}

const GIVEN_BACK = ["accepted", "waitlisted", "offered"] as const;
const isGivenBack = (status: AssignmentStatus): status is WithdrawOutcome["was"] =>
  (GIVEN_BACK as readonly string[]).includes(status);

export interface WithdrawInput {
  missionId: number;
  memberId: number;
  now: Date;
  /** Who did it: the volunteer, a coordinator, or null for the bot (a member who left the network). */
  actorId: number | null;
  /** In the volunteer's words (already redacted), or a code such as "member_left". */
  reason?: string;
}

/**
 * Frees what the volunteer held, in one transaction. A seat goes to the first on the waitlist (promoted
 * and told), else back to matching; the contact hears of it either way. Leaving the waitlist or an offer
 * frees no seat (an offer given back lets the next candidate be asked). Seats are given back until the
 * mission starts; after that, the contact is the one to tell.
 */
export function withdrawFromMission(
  deps: EngineDeps,
  input: WithdrawInput,
): Promise<Result<WithdrawOutcome, WithdrawError>> {
  const { missionId, memberId, now, actorId } = input;
  const reason = input.reason?.trim().slice(0, 500) || null;
  return inTransaction(deps.db, async (tx): Promise<Result<WithdrawOutcome, WithdrawError>> => {
    await lockMission(tx, missionId);
    const mission = await tx.mission.findUnique({ where: { id: missionId } });
    if (!mission) return fail("missions.error.notFound", { id: missionId });
    const params = { id: missionId, title: mission.title };
    const mine = await tx.missionAssignment.findUnique({ where: { missionId_memberId: { missionId, memberId } } });
    if (!mine || !isGivenBack(mine.status)) return fail("missions.withdraw.notIn", params);
    if (!TAKING_SEATS.includes(mission.status)) return fail("missions.withdraw.started", params);
    await tx.missionAssignment.update({
      where: { id: mine.id },
      data: { status: "withdrawn", withdrawnAt: now, withdrawReason: reason, expiresAt: null },
    });
    const was = mine.status;
    const base = { mission, was, promotedId: null, backToMatching: false };
    const record = (detail: Record<string, unknown>) =>
      recordEvent(tx, { missionId, kind: "withdrawn", at: now, actorId, memberId, detail });
    if (was !== "accepted") {
      const eventId = await record({ was });
      if (was === "offered") await requestMatching(deps.scheduler, tx, missionId, `event-${eventId}`, now);
      return ok(base);
    }
    await freeSeat(tx, missionId);
    const [promotedId = null] = await fillFromWaitlist(deps, tx, missionId, now);
    const settled = await settleStatus(deps, tx, { missionId, now, actorId });
    const backToMatching = promotedId === null && (mission.respondBy ?? mission.startsAt) > now;
    const eventId = await record({ was, reason, promotedId, backToMatching });
    await tellAbout(deps.scheduler, tx, eventId, now);
    // A full mission reopened asks for its own round of offers; an open one needs this one.
    if (backToMatching && settled === null) {
      await requestMatching(deps.scheduler, tx, missionId, `event-${eventId}`, now);
    }
    const after = await tx.mission.findUniqueOrThrow({ where: { id: missionId } });
    return ok({ ...base, mission: after, promotedId, backToMatching });
  });
}
