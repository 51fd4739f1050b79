// After a mission, the volunteer says whether it happened and how long it took (a check-in button, or
// « c'est fait pour la mission 3, 2h30 »): their assignment is completed with those hours, or marked as
// not having happened; said again, the hours are corrected.
import { fail, ok, type Result } from "../../../core/errors.ts";
import type { Database, Mission } from "../../../core/persistence.ts";
import { recordEvent } from "../engine/mission-tx.ts";

/** What the volunteer reports: the time given, in minutes, or that it did not take place. */
export type Outcome = { minutes: number } | "missed";

export type CompletionError =
  | "missions.complete.notYours"
  | "missions.complete.notYet"
  | "missions.complete.cancelled"
  | "missions.error.notFound";

export interface Completion {
  mission: Mission;
  /** Hours recorded (two decimals); null when it did not take place. */
  hours: number | null;
  /** The volunteer had already reported on this mission: this replaces it. */
  corrected: boolean;
}

/** The statuses a report may follow: a seat held, or a report already made (corrected). */
const REPORTABLE = ["accepted", "completed", "missed"] as const;

export async function recordOutcome(
  db: Database,
  missionId: number,
  memberId: number,
  outcome: Outcome,
  now: Date,
): Promise<Result<Completion, CompletionError>> {
  return db.$transaction(async (tx) => {
    const mission = await tx.mission.findUnique({ where: { id: missionId } });
    if (!mission) return fail("missions.error.notFound", { id: missionId });
    if (mission.status === "cancelled") return fail("missions.complete.cancelled", { id: missionId });
    const assignment = await tx.missionAssignment.findUnique({
      where: { missionId_memberId: { missionId, memberId } },
    });
    if (!assignment || !(REPORTABLE as readonly string[]).includes(assignment.status))
      return fail("missions.complete.notYours", { id: missionId });
    if (mission.startsAt > now) return fail("missions.complete.notYet", { id: missionId });
    const hours = outcome === "missed" ? null : Math.round((outcome.minutes / 60) * 100) / 100;
    const status = outcome === "missed" ? "missed" : "completed";
    await tx.missionAssignment.update({
      where: { id: assignment.id },
      data: { status, hoursSpent: hours, completedAt: now },
    });
    const corrected = assignment.status !== "accepted";
    const detail = { ...(hours === null ? {} : { hours }), ...(corrected ? { corrected } : {}) };
    await recordEvent(tx, { missionId, kind: status, at: now, actorId: memberId, memberId, detail });
    return ok({ mission, hours, corrected });
  });
}
