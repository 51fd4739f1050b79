// Sweeps are jobs at the moments something is due (a reminder, an escalation step, a convocation, a meeting's
// end), one job per moment whatever the number of tasks (dedupe key), planned whenever tasks or meetings change
// and every day again. A moment already past with something unsent gets a sweep at the next opening.

import { convocationAt, endOf, type MeetingRow, reminderAt, rulesOf } from "../meetings/meeting-rules.ts";
import type { Governance } from "../runtime.ts";
import { type GovernanceTask, recordedKeys } from "../tasks/task-store.ts";
import { dueMessages, taskMessages } from "./plan.ts";

export const SWEEP_JOB = "governance.sweep";
/** Moments further ahead are planned by a later daily run. */
const LOOKAHEAD_MS = 45 * 86_400_000;

export const sweepKey = (at: Date) => `${SWEEP_JOB}@${at.toISOString()}`;

export async function planSweeps(gov: Governance, only?: { tasks?: GovernanceTask[]; meetings?: MeetingRow[] }) {
  const { db, clock, scheduler } = gov.services;
  const now = clock.now();
  const tasks = only?.tasks ?? (await db.governanceTask.findMany({ where: { status: "open" } }));
  const meetings =
    only?.meetings ?? (await db.meeting.findMany({ where: { status: { in: ["planned", "convened"] } } }));
  const moments = new Set<number>();
  const until = now.getTime() + LOOKAHEAD_MS;
  const add = (at: Date) => {
    const ms = at.getTime() <= now.getTime() ? gov.clock.nextOpening(now).getTime() : at.getTime();
    if (ms <= until) moments.add(ms);
  };
  const open = tasks.filter((t) => t.status === "open");
  const done = await recordedKeys(
    db,
    open.map((t) => t.id),
  );
  const opening = gov.clock.nextOpening(now);
  for (const task of open) {
    const all = taskMessages(task, gov.plan);
    for (const message of all) if (message.at > now) add(message.at);
    const pending = dueMessages(task, opening, gov.plan, all);
    if (pending.some((message) => !done.has(message.key))) add(now);
  }
  for (const meeting of meetings) {
    const rules = rulesOf(gov.files.association, meeting);
    for (const at of [
      convocationAt(gov.clock, rules, meeting.startsAt),
      reminderAt(gov.clock, meeting.startsAt),
      endOf(meeting, rules),
    ])
      add(at > now ? gov.clock.nextOpening(at) : now);
  }
  await scheduler.scheduleMany(
    [...moments].sort().map((ms) => ({ kind: SWEEP_JOB, runAt: new Date(ms), dedupeKey: sweepKey(new Date(ms)) })),
  );
}
