// A volunteer says no to a mission: never offered it again, and their reason, if they give one, shapes
// what they are offered next.
import { fail, ok, type Result } from "../../../core/errors.ts";
import { missionsSettings } from "../settings.ts";
import { requestMatching } from "./follow-ups.ts";
import { type EngineDeps, TAKING_SEATS } from "./lifecycle.ts";
import { inTransaction, lockMission, recordEvent, type Tx } from "./mission-tx.ts";

/**
 * - unavailable: nothing more, unless a date is given (« pas dispo jusqu'au 15 janvier »): no offer until then;
 * - not_my_field: missions of that kind, or asking for the same skills, rank lower for them (their profile
 *   is theirs to change: nothing is removed from it);
 * - too_far: missions in neighbouring communes rank lower for them;
 * - too_busy: no offer for MISSION_BUSY_PAUSE_DAYS days.
 */
export const DECLINE_REASONS = ["unavailable", "not_my_field", "too_far", "too_busy"] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
export const isDeclineReason = (value: string): value is DeclineReason =>
  (DECLINE_REASONS as readonly string[]).includes(value);

const DAY_MS = 86_400_000;

export interface DeclineInput {
  missionId: number;
  memberId: number;
  now: Date;
  reason?: DeclineReason;
  /** With `unavailable`: no offer before this date. */
  until?: Date;
}

export type DeclineError = "missions.error.notFound" | "missions.decline.holdsSeat" | "missions.decline.notDeclined";

/** Pauses offers to the member as the reason asks; returns the pause's end when there is one. */
async function applyReason(deps: EngineDeps, tx: Tx, input: DeclineInput & { reason: DeclineReason }) {
  const { busyPauseDays } = deps.config.settings.of(missionsSettings);
  const { reason, now, until, memberId } = input;
  const pause =
    reason === "too_busy"
      ? new Date(now.getTime() + busyPauseDays * DAY_MS)
      : reason === "unavailable" && until && until > now
        ? until
        : null;
  if (!pause) return null;
  const member = await tx.member.findUniqueOrThrow({ where: { id: memberId }, select: { pausedUntil: true } });
  // A longer pause the member asked for stays.
  const pausedUntil = member.pausedUntil && member.pausedUntil > pause ? member.pausedUntil : pause;
  await tx.member.update({ where: { id: memberId }, data: { pausedUntil } });
  return pausedUntil;
}

export interface DeclineOutcome {
  /** When offers resume, if the reason paused them. */
  pausedUntil: Date | null;
}

/**
 * Records a « non » to an offer, or to a mission the volunteer saw while browsing: that mission is never
 * offered to them again, the cool-down starts, and a declined offer makes room for the next candidate.
 * A volunteer holding a seat or waiting for one withdraws instead.
 */
export function declineMission(deps: EngineDeps, input: DeclineInput): Promise<Result<DeclineOutcome, DeclineError>> {
  const { missionId, memberId, now, reason } = input;
  return inTransaction(deps.db, async (tx): Promise<Result<DeclineOutcome, DeclineError>> => {
    await lockMission(tx, missionId);
    const mission = await tx.mission.findUnique({ where: { id: missionId }, select: { status: true, title: true } });
    if (!mission) return fail("missions.error.notFound", { id: missionId });
    const mine = await tx.missionAssignment.findUnique({ where: { missionId_memberId: { missionId, memberId } } });
    if (mine && ["accepted", "waitlisted", "completed"].includes(mine.status)) {
      return fail("missions.decline.holdsSeat", { id: missionId, title: mission.title });
    }
    const data = { status: "declined" as const, respondedAt: now, expiresAt: null, declineReason: reason ?? null };
    await tx.missionAssignment.upsert({
      where: { missionId_memberId: { missionId, memberId } },
      create: { missionId, memberId, ...data },
      update: data,
    });
    const detail = { reason: reason ?? null, until: input.until?.toISOString() ?? null };
    const eventId = await recordEvent(tx, {
      missionId,
      kind: "declined",
      at: now,
      actorId: memberId,
      memberId,
      detail,
    });
    const pausedUntil = reason ? await applyReason(deps, tx, { ...input, reason }) : null;
    if (mine?.status === "offered" && TAKING_SEATS.includes(mission.status)) {
      await requestMatching(deps.scheduler, tx, missionId, `event-${eventId}`, now);
    }
    return ok({ pausedUntil });
  });
}

/** The reason given after the « non » (the reason buttons, or a later message with a date). */
export function giveDeclineReason(
  deps: EngineDeps,
  input: DeclineInput & { reason: DeclineReason },
): Promise<Result<DeclineOutcome, DeclineError>> {
  const { missionId, memberId, now, reason } = input;
  return inTransaction(deps.db, async (tx): Promise<Result<DeclineOutcome, DeclineError>> => {
    const { count } = await tx.missionAssignment.updateMany({
      where: { missionId, memberId, status: "declined" },
      data: { declineReason: reason },
    });
    if (count === 0) return fail("missions.decline.notDeclined", { id: missionId });
    const detail = { reason, until: input.until?.toISOString() ?? null };
    await recordEvent(tx, { missionId, kind: "decline_reason", at: now, actorId: memberId, memberId, detail });
    return ok({ pausedUntil: await applyReason(deps, tx, input) });
  });
}
