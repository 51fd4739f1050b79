// When a mission happens, as a coordinator types it in chat (« samedi 12 décembre 9h-12h », « 12/12 de
// 9h à 12h ») or a data file writes it (« 2027-01-15 14:00 »), read in the network's time zone.
import type * as chrono from "chrono-node";
// The two locales only: the package's index loads all ten of them.
import { casual as enCasual } from "chrono-node/en";
import { casual as frCasual } from "chrono-node/fr";
import { DateTime } from "luxon";
import type { Locale } from "../../../core/locale.ts";
import { instantsOfLocalTime, wallClock } from "../../../util/time.ts";

const parsers: Record<Locale, chrono.Chrono> = { fr: frCasual, en: enCasual };

/** What can be wrong with a mission's times; the callers say it in their own words (chat, import). */
export type TimesProblem =
  /** No day in the text. */
  | "unreadable"
  /** A day without a time of day. */
  | "noTime"
  /** A file must write the year: it is imported again later, when « 12 décembre » means another year. */
  | "noYear"
  /** A mission always ends: no end in « when », none given apart. */
  | "noEnd"
  | "endUnreadable"
  | "endBeforeStart"
  | "startPast";

export interface TimesOptions {
  zone: string;
  now: Date;
  /** Languages to read the text in, the member's first. */
  locales: readonly Locale[];
  /** Refuse a day without its year (data files). */
  requireYear?: boolean;
  /** The start the mission has: kept even when past (a mission under way, edited), never refused. */
  keepStart?: Date;
  /** A past start is not refused here (a data file: only new or moved starts are, against the database). */
  allowPast?: boolean;
}

export type ReadTimes =
  | { ok: true; startsAt: Date; endsAt: Date }
  | { ok: false; problem: TimesProblem; field: "when" | "ends" };

/**
 * The start and end of a mission: `when` gives the day and start, and the end when it is a range
 * (« samedi 12 décembre 9h-12h »); otherwise `ends` gives it, a time on the same day (« 17h ») or
 * another day (« dimanche 13 décembre 12h »). Refused: no time, no end, an end not after the start,
 * a start already past.
 */
export function readMissionTimes(when: string, ends: string | undefined, options: TimesOptions): ReadTimes {
  const start = firstResult(when, wallClock(options.now, options.zone), options.locales, "day");
  if (!start) return { ok: false, problem: "unreadable", field: "when" };
  if (!start.start.isCertain("hour")) return { ok: false, problem: "noTime", field: "when" };
  if (options.requireYear && !start.start.isCertain("year")) return { ok: false, problem: "noYear", field: "when" };
  const startsAt = instantOf(start.start, options.zone);
  let endsAt: Date | undefined;
  if (start.end?.isCertain("hour")) endsAt = instantOf(start.end, options.zone);
  else if (ends?.trim()) {
    const end = firstResult(ends, start.start.date(), options.locales, "time");
    if (!end?.start.isCertain("hour")) return { ok: false, problem: "endUnreadable", field: "ends" };
    if (options.requireYear && namesADay(end.start) && !end.start.isCertain("year"))
      return { ok: false, problem: "noYear", field: "ends" };
    endsAt = instantOf(end.start, options.zone);
  }
  if (!endsAt) return { ok: false, problem: "noEnd", field: "ends" };
  if (endsAt <= startsAt) return { ok: false, problem: "endBeforeStart", field: "ends" };
  const kept = options.keepStart?.getTime() === startsAt.getTime();
  if (startsAt <= options.now && !kept && !options.allowPast) return { ok: false, problem: "startPast", field: "when" };
  return { ok: true, startsAt, endsAt };
}

/**
 * A moment such as an answer deadline: a day, and a time when one is written; a day alone lasts
 * until its end (23:59). Undefined when the text names no day.
 */
export function readDeadline(written: string, options: TimesOptions): Date | undefined {
  const found = firstResult(written, wallClock(options.now, options.zone), options.locales, "day");
  if (!found) return undefined;
  if (options.requireYear && !found.start.isCertain("year")) return undefined;
  if (found.start.isCertain("hour")) return instantOf(found.start, options.zone);
  return instantOf(found.start, options.zone, { hour: 23, minute: 59 });
}

/** How a moment is written back into a form or a file so that it reads the same: « 2026-12-12 09:00 ». */
export const writeMoment = (at: Date, zone: string): string =>
  DateTime.fromJSDate(at, { zone }).toFormat("yyyy-MM-dd HH:mm");

/**
 * The first result, in the first language that reads what is looked for: a day (looking forward,
 * « samedi » is the next one), or a time (an end, on the reference's day unless it names another).
 */
function firstResult(text: string, reference: Date, locales: readonly Locale[], wants: "day" | "time") {
  const wanted = (r: chrono.ParsedResult) => (wants === "day" ? namesADay(r.start) : r.start.isCertain("hour"));
  for (const locale of locales) {
    const result = parsers[locale].parse(text, reference, { forwardDate: wants === "day" }).find(wanted);
    if (result) return result;
  }
  return undefined;
}

const namesADay = (components: chrono.ParsedComponents): boolean =>
  components.isCertain("day") || components.isCertain("weekday");

/** The instant of chrono's wall-clock components in `zone` (the earlier one when clocks go back). */
function instantOf(c: chrono.ParsedComponents, zone: string, time?: { hour: number; minute: number }): Date {
  const local = {
    year: c.get("year")!,
    month: c.get("month")!,
    day: c.get("day")!,
    hour: time?.hour ?? c.get("hour") ?? 0,
    minute: time?.minute ?? c.get("minute") ?? 0,
  };
  return instantsOfLocalTime(local, zone)[0]!;
}
