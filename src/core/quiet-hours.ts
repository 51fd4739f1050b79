import { DateTime } from "luxon";
import { instantsOfLocalTime } from "../util/time.ts";

/**
 * Local times ("HH:mm", 24-hour) between which a member gets no proactive message. The start is
 * included, the end is not. `start > end` wraps over midnight (21:00–08:00); `start < end` is within
 * a day (12:00–14:00); `start === end` means no quiet hours. Read on the wall clock of the member's
 * zone, so 22:00–07:00 is 9 hours long most nights, 8 when clocks go forward, 10 when they go back.
 */
export interface QuietHours {
  start: string;
  end: string;
}

/** The quiet hours a member row stores in two columns; null unless both are set. */
export function storedQuietHours(row: {
  quietHoursStart: string | null;
  quietHoursEnd: string | null;
}): QuietHours | null {
  return row.quietHoursStart && row.quietHoursEnd ? { start: row.quietHoursStart, end: row.quietHoursEnd } : null;
}

/** Whether `at` falls in the quiet hours, read in `zone`. */
export function isQuiet(quiet: QuietHours, zone: string, at: Date): boolean {
  return quietPeriod(quiet, zone, at) !== null;
}

/**
 * When the quiet hours containing `at` end, or `at` itself if it is not quiet (nothing to wait for).
 * An end time skipped by clocks going forward ends the quiet hours at the same instant it would
 * have been without the change (02:30 → 03:30 new time); one that occurs twice ends at its first
 * occurrence still ahead of `at`.
 */
export function quietHoursEnd(quiet: QuietHours, zone: string, at: Date): Date {
  const period = quietPeriod(quiet, zone, at);
  if (!period) return at;
  const { year, month, day } = period.endDay;
  const end = minutesOfDay(quiet.end);
  const instants = instantsOfLocalTime({ year, month, day, hour: Math.floor(end / 60), minute: end % 60 }, zone);
  return instants.find((instant) => instant > at) ?? instants[instants.length - 1]!;
}

/** The local day on which the quiet hours containing `at` end, or null when `at` is not quiet. */
function quietPeriod(quiet: QuietHours, zone: string, at: Date): { endDay: DateTime } | null {
  const start = minutesOfDay(quiet.start);
  const end = minutesOfDay(quiet.end);
  const local = DateTime.fromJSDate(at, { zone });
  if (!local.isValid)
    throw new RangeError(
      `Quiet hours: "${zone}" is not a time zone (${local.invalidExplanation ?? local.invalidReason})`,
    );
  const now = local.hour * 60 + local.minute;
  if (start === end) return null;
  if (start < end) return now >= start && now < end ? { endDay: local } : null;
  if (now >= start) return { endDay: local.plus({ days: 1 }) };
  return now < end ? { endDay: local } : null;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minutesOfDay(time: string): number {
  const match = HH_MM.exec(time);
  if (!match) throw new RangeError(`Quiet hours must be "HH:mm" local times, got "${time}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}
