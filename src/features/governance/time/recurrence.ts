// The next occurrence of a recurring task (« bureau le premier mardi du mois »), from its RRULE (RFC 5545).
// ical.js (Mozilla's iCalendar library, the one Thunderbird uses; no dependency, maintained) expands the rule on
// the local wall clock ("floating" times); luxon then places each local time in the network's zone, so a monthly
// 18:30 stays 18:30 across daylight-saving changes.
import ICAL from "ical.js";
import { DateTime } from "luxon";

/** The RRULE presets the task form offers; any RRULE is accepted from data files. */
export const RECURRENCE_PRESETS = {
  monthly: "FREQ=MONTHLY",
  quarterly: "FREQ=MONTHLY;INTERVAL=3",
  yearly: "FREQ=YEARLY",
} as const;

/**
 * The first occurrence strictly after `after`, for a series that started at `start`; null when the rule
 * has ended (COUNT, UNTIL). Both are instants; the rule is read on the wall clock of `zone`.
 */
export function nextOccurrence(rrule: string, start: Date, after: Date, zone: string): Date | null {
  const local = DateTime.fromJSDate(start, { zone });
  const dtstart = ICAL.Time.fromData({
    year: local.year,
    month: local.month,
    day: local.day,
    hour: local.hour,
    minute: local.minute,
    second: 0,
  });
  const iterator = ICAL.Recur.fromString(rrule.replace(/^RRULE:/i, "")).iterator(dtstart);
  // A guard: a rule that never passes `after` within 10,000 occurrences is treated as ended.
  for (let i = 0; i < 10_000; i++) {
    const next = iterator.next();
    if (!next) return null;
    const instant = DateTime.fromObject(
      { year: next.year, month: next.month, day: next.day, hour: next.hour, minute: next.minute },
      { zone },
    ).toJSDate();
    if (instant > after) return instant;
  }
  return null;
}
