// What a task asks for at a given moment: the reminder of the latest lead time reached, the end of a snooze, the
// escalation steps reached once overdue. Pure: the sweep sends what is due and not yet recorded.
import type { BusinessClock } from "../time/business-clock.ts";

export interface TaskTiming {
  id: number;
  dueAt: Date;
  createdAt: Date;
  leadDays: string;
  snoozedUntil: Date | null;
}

export type TaskMessage =
  | { kind: "reminder"; lead: number; key: string; at: Date }
  | { kind: "snooze-end"; key: string; at: Date }
  | { kind: "overdue"; level: 1 | 2 | 3; key: string; at: Date };

export interface PlanRules {
  clock: BusinessClock;
  /** Days after the due date (or the end of a snooze past it) of each escalation step. */
  escalationDays: readonly [number, number, number];
}

const leadsOf = (task: Pick<TaskTiming, "leadDays">): number[] =>
  task.leadDays
    .split(",")
    .map((d) => Number(d.trim()))
    .filter((d) => Number.isInteger(d) && d > 0);

/** Every message the task will ask for, with its time (business hours only), whether past or not. */
export function taskMessages(task: TaskTiming, { clock, escalationDays }: PlanRules): TaskMessage[] {
  const due = task.dueAt.getTime();
  const dueDay = clock.dayOf(task.dueAt);
  const snoozed = task.snoozedUntil;
  const messages: TaskMessage[] = [];
  for (const lead of leadsOf(task)) {
    const at = clock.nextOpening(clock.morningOf(clock.shift(dueDay, { days: -lead })));
    // A lead time before the task existed, or covered by a snooze (whose end reminds instead), is passed over.
    if (at.getTime() >= due || at < task.createdAt || (snoozed && at < snoozed)) continue;
    messages.push({ kind: "reminder", lead, key: `governance:reminder:${task.id}:${lead}:${due}`, at });
  }
  if (snoozed) {
    const at = clock.nextOpening(snoozed);
    messages.push({ kind: "snooze-end", key: `governance:snooze-end:${task.id}:${snoozed.getTime()}`, at });
  }
  const base = snoozed && snoozed.getTime() > due ? snoozed : task.dueAt;
  escalationDays.forEach((days, i) => {
    const at = clock.nextOpening(clock.morningOf(clock.shift(clock.dayOf(base), { days })));
    const level = (i + 1) as 1 | 2 | 3;
    messages.push({ kind: "overdue", level, key: `governance:overdue:${task.id}:${level}:${base.getTime()}`, at });
  });
  return messages;
}

/**
 * The messages due at `now`: nothing while snoozed; before the due date, the reminder of the latest lead time
 * reached (an earlier one missed while the bot was down is not sent late) and the end of a snooze; once overdue,
 * every escalation step reached, in order. `all`: the task's {@link taskMessages}, when the caller has them.
 */
export function dueMessages(
  task: TaskTiming,
  now: Date,
  rules: PlanRules,
  all: readonly TaskMessage[] = taskMessages(task, rules),
): TaskMessage[] {
  if (task.snoozedUntil && task.snoozedUntil > now) return [];
  const reached = all.filter((m) => m.at <= now);
  const overdue = now >= task.dueAt;
  const reminders = overdue ? [] : reached.filter((m) => m.kind === "reminder");
  const latest = reminders.sort((a, b) => b.at.getTime() - a.at.getTime())[0];
  const snoozeEnd = reached.filter((m) => m.kind === "snooze-end");
  const escalations = overdue ? reached.filter((m) => m.kind === "overdue") : [];
  return [...(latest ? [latest] : []), ...snoozeEnd, ...escalations];
}
