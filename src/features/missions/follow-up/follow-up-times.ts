// When volunteers hear about a mission they hold: in the evening (the network's), when volunteers read about
// what they give their time to — never at 03:00 because a job happened to run then.
import { DateTime } from "luxon";

/** Reminders and check-ins go out at this local time. */
const EVENING = { hour: 18, minute: 30, second: 0, millisecond: 0 };
/** A check-in waits at least this long after the end: the volunteer is on their way home. */
const AFTER_END_MS = 3600_000;

export const REMINDER_DAYS = ["j7", "j1"] as const;
export type ReminderDay = (typeof REMINDER_DAYS)[number];
const DAYS_BEFORE: Record<ReminderDay, number> = { j7: 7, j1: 1 };

/** 18:30 in `zone`, seven days or one day before the day the mission starts. */
export function reminderTime(startsAt: Date, day: ReminderDay, zone: string): Date {
  return DateTime.fromJSDate(startsAt, { zone }).minus({ days: DAYS_BEFORE[day] }).set(EVENING).toJSDate();
}

/** The first 18:30 in `zone` at least an hour after the mission ends. */
export function checkInTime(endsAt: Date, zone: string): Date {
  const earliest = DateTime.fromJSDate(new Date(endsAt.getTime() + AFTER_END_MS), { zone });
  const evening = earliest.set(EVENING);
  return (evening < earliest ? evening.plus({ days: 1 }) : evening).toJSDate();
}
