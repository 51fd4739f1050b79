// A mission's lifecycle: draft → open → full → in_progress → done, or → cancelled; full → open when a seat
// frees. Every move is a guarded update (the status it comes from) and a history row, in one transaction.
import { fail, ok, type Result } from "../../../core/errors.ts";
import type { Mission, MissionStatus } from "../../../core/persistence.ts";
import type { Services } from "../../../core/services.ts";
import { requestMatching, scheduleMissionClock, tellAbout } from "./follow-ups.ts";
import { inTransaction, lockMission, type MissionEventKind, recordEvent, type Tx } from "./mission-tx.ts";

/** What the engine needs of the services: the database, the scheduler for the follow-ups, the settings. */
export type EngineDeps = Pick<Services, "db" | "scheduler" | "config">;
/** What a change made in the caller's transaction needs: the scheduler for its jobs, the network's zone. */
export type InTransactionDeps = Pick<EngineDeps, "scheduler" | "config">;

const NEXT: Record<MissionStatus, readonly MissionStatus[]> = {
  draft: ["open", "cancelled"],
  open: ["full", "in_progress", "cancelled"],
  full: ["open", "in_progress", "cancelled"],
  in_progress: ["done", "cancelled"],
  done: [],
  cancelled: [],
};

export const canMove = (from: MissionStatus, to: MissionStatus): boolean => NEXT[from].includes(to);

/** Statuses in which a volunteer may take, leave or wait for a seat. */
export const TAKING_SEATS: readonly MissionStatus[] = ["open", "full"];

export interface Move {
  missionId: number;
  from: readonly MissionStatus[];
  to: MissionStatus;
  event: MissionEventKind;
  at: Date;
  actorId?: number | null;
  detail?: Record<string, unknown>;
  /** Columns that change with the status (openedAt, filledAt…). */
  data?: Partial<Pick<Mission, "openedAt" | "filledAt" | "cancelledAt" | "cancelReason">>;
}

/**
 * Moves the mission to `to` if it is in one of `from`, and records the event. Returns the event's id,
 * or null when the mission was not in one of those statuses (someone else moved it first).
 */
export async function moveMission(tx: Tx, move: Move): Promise<number | null> {
  const illegal = move.from.filter((from) => !canMove(from, move.to));
  if (illegal.length) throw new Error(`Mission lifecycle: ${illegal.join(", ")} → ${move.to} is not a transition`);
  const { count } = await tx.mission.updateMany({
    where: { id: move.missionId, status: { in: [...move.from] } },
    data: { status: move.to, ...move.data },
  });
  if (count === 0) return null;
  return recordEvent(tx, {
    missionId: move.missionId,
    kind: move.event,
    at: move.at,
    actorId: move.actorId ?? null,
    ...(move.detail ? { detail: move.detail } : {}),
  });
}

export type OpenError =
  | "missions.error.notFound"
  | "missions.open.notDraft"
  | "missions.open.startPassed"
  | "missions.open.endBeforeStart"
  | "missions.open.deadlinePassed"
  | "missions.open.deadlineAfterStart"
  | "missions.open.noSeats";

/** Why a draft cannot open now (times go by between writing a draft and opening it), if it cannot. */
function openingProblem(mission: Mission, now: Date): OpenError | undefined {
  if (mission.seats < 1) return "missions.open.noSeats";
  if (mission.endsAt <= mission.startsAt) return "missions.open.endBeforeStart";
  if (mission.startsAt <= now) return "missions.open.startPassed";
  if (mission.respondBy && mission.respondBy <= now) return "missions.open.deadlinePassed";
  if (mission.respondBy && mission.respondBy > mission.startsAt) return "missions.open.deadlineAfterStart";
  return undefined;
}

/**
 * Opens a draft: offers start (a matching job at once), and the mission's clock is set (in progress at
 * its start, done at its end, the outcome at its answer deadline, the volunteers' reminders and check-in).
 */
export function openMission(
  deps: EngineDeps,
  input: { missionId: number; actorId: number | null; now: Date },
): Promise<Result<Mission, OpenError>> {
  return inTransaction(deps.db, (tx) => openInTransaction(deps, tx, input));
}

/** {@link openMission} in the caller's transaction (a missions file opens its missions with the rest of it). */
export async function openInTransaction(
  deps: InTransactionDeps,
  tx: Tx,
  input: { missionId: number; actorId: number | null; now: Date; detail?: Record<string, unknown> },
): Promise<Result<Mission, OpenError>> {
  const { missionId, actorId, now } = input;
  await lockMission(tx, missionId);
  const mission = await tx.mission.findUnique({ where: { id: missionId } });
  if (!mission) return fail("missions.error.notFound", { id: missionId });
  if (mission.status !== "draft") return fail("missions.open.notDraft", { id: missionId, status: mission.status });
  const problem = openingProblem(mission, now);
  if (problem) return fail(problem, { id: missionId });
  const eventId = await moveMission(tx, {
    missionId,
    from: ["draft"],
    to: "open",
    event: "opened",
    at: now,
    actorId,
    data: { openedAt: now },
    ...(input.detail ? { detail: input.detail } : {}),
  });
  await scheduleMissionClock(deps.scheduler, tx, mission, now, deps.config.timezone);
  await requestMatching(deps.scheduler, tx, missionId, `event-${eventId}`, now);
  return ok({ ...mission, status: "open" as const, openedAt: now });
}

export type CancelError = "missions.error.notFound" | "missions.cancel.finished";

/**
 * Cancels a mission that is not over: pending offers and the waitlist are withdrawn, and everyone who was
 * asked, waiting or holding a seat is told (by a job, once). Seats stay as they were, for the history.
 */
export function cancelMission(
  deps: EngineDeps,
  input: { missionId: number; actorId: number | null; reason?: string; now: Date },
): Promise<Result<{ told: number }, CancelError>> {
  const { missionId, actorId, now } = input;
  const reason = input.reason?.trim().slice(0, 500) || null;
  return inTransaction(deps.db, async (tx) => {
    await lockMission(tx, missionId);
    const mission = await tx.mission.findUnique({ where: { id: missionId }, select: { status: true } });
    if (!mission) return fail("missions.error.notFound", { id: missionId });
    const concerned = await tx.missionAssignment.findMany({
      where: { missionId, status: { in: ["offered", "waitlisted", "accepted"] } },
      select: { memberId: true, status: true },
      orderBy: { id: "asc" },
    });
    const eventId = await moveMission(tx, {
      missionId,
      from: ["draft", "open", "full", "in_progress"],
      to: "cancelled",
      event: "cancelled",
      at: now,
      actorId,
      data: { cancelledAt: now, cancelReason: reason },
      detail: { reason, concerned: concerned.map((c) => ({ memberId: c.memberId, status: c.status })) },
    });
    if (eventId === null) return fail("missions.cancel.finished", { id: missionId, status: mission.status });
    await tx.missionAssignment.updateMany({
      where: { missionId, status: { in: ["offered", "waitlisted"] } },
      data: { status: "withdrawn", withdrawnAt: now, withdrawReason: "mission_cancelled" },
    });
    if (concerned.length) await tellAbout(deps.scheduler, tx, eventId, now);
    return ok({ told: concerned.length });
  });
}
