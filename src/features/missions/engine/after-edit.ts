// What follows an edit of a mission the team made (in chat or in the missions file): the engine catches up
// with its new times, seats and profile.
import { requestMatching, scheduleMissionClock } from "./follow-ups.ts";
import { type EngineDeps, type InTransactionDeps, TAKING_SEATS } from "./lifecycle.ts";
import { inTransaction, lockMission, type Tx } from "./mission-tx.ts";
import { fillFromWaitlist, settleStatus } from "./seats.ts";

/**
 * After the team edited an open or full mission: the clock follows its new times (the jobs of the old
 * times do nothing), new seats go to the waitlist first, and another round of offers runs if seats are
 * still free (a later answer deadline, new required skills).
 */
export function afterMissionEdit(deps: EngineDeps, input: { missionId: number; now: Date }): Promise<void> {
  return inTransaction(deps.db, (tx) => followEdit(deps, tx, input));
}

/** {@link afterMissionEdit} in the caller's transaction (a missions file edits its missions with the rest of it). */
export async function followEdit(deps: InTransactionDeps, tx: Tx, input: { missionId: number; now: Date }) {
  const { missionId, now } = input;
  await lockMission(tx, missionId);
  const mission = await tx.mission.findUnique({ where: { id: missionId } });
  if (!mission || !TAKING_SEATS.includes(mission.status)) return;
  await scheduleMissionClock(deps.scheduler, tx, mission, now, deps.config.timezone);
  await fillFromWaitlist(deps, tx, missionId, now);
  const settled = await settleStatus(deps, tx, { missionId, now, actorId: null });
  if (settled === null && mission.status === "open") {
    await requestMatching(deps.scheduler, tx, missionId, `edit-${now.toISOString()}`, now);
  }
}
