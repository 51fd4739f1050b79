import { DateTime, IANAZone } from "luxon";
import type { Locale } from "../core/locale.ts";

/** Times are stored in UTC and shown in the network's zone unless a member has their own. */
const DISPLAY_ZONE = "Europe/Paris";

/** English as written in France: day before month, 24-hour clock. */
const INTL_LOCALE: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" };
const AT: Record<Locale, string> = { fr: "à", en: "at" };

const local = (at: Date, locale: Locale, zone: string): DateTime => {
  const dt = DateTime.fromJSDate(at, { zone }).setLocale(INTL_LOCALE[locale]);
  if (!dt.isValid)
    throw new RangeError(`Cannot show ${at.toISOString()} in "${zone}": ${dt.invalidExplanation ?? dt.invalidReason}`);
  return dt;
};

/** "lundi 30 mars 2026" / "Monday, 30 March 2026" (the comma is ICU's). */
export function formatDate(at: Date, locale: Locale, zone = DISPLAY_ZONE): string {
  return local(at, locale, zone).toLocaleString({ weekday: "long", day: "numeric", month: "long", year: "numeric" });
}

/** "09:05" in both languages. */
export function formatTime(at: Date, locale: Locale, zone = DISPLAY_ZONE): string {
  return local(at, locale, zone).toLocaleString(DateTime.TIME_24_SIMPLE);
}

/** "lundi 30 mars 2026 à 09:05" / "Monday, 30 March 2026 at 09:05". */
export function formatDateTime(at: Date, locale: Locale, zone = DISPLAY_ZONE): string {
  return `${formatDate(at, locale, zone)} ${AT[locale]} ${formatTime(at, locale, zone)}`;
}

/** "30 nov. 09:05" / "30 Nov 09:05": a moment in a list (a history, who answered when). */
export function formatShortDateTime(at: Date, locale: Locale, zone = DISPLAY_ZONE): string {
  const day = local(at, locale, zone).toLocaleString({ day: "numeric", month: "short" });
  return `${day} ${formatTime(at, locale, zone)}`;
}

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
}

/**
 * Every instant at which clocks in `zone` show this local time, earliest first: one usually, two in
 * the hour repeated when clocks go back, and for a time skipped when they go forward, the instant
 * the same gap later (luxon's choice). Luxon alone resolves a repeated time with an offset guessed
 * from the date the process started, so the answer would change with the season: never rely on it.
 */
export function instantsOfLocalTime(time: LocalDateTime, zone: string): Date[] {
  const luxon = DateTime.fromObject(time, { zone });
  if (!luxon.isValid)
    throw new RangeError(`Invalid local time in "${zone}": ${luxon.invalidExplanation ?? luxon.invalidReason}`);
  const tz = IANAZone.create(zone);
  const wallMs = Date.UTC(
    time.year,
    time.month - 1,
    time.day,
    time.hour ?? 0,
    time.minute ?? 0,
    time.second ?? 0,
    time.millisecond ?? 0,
  );
  const DAY_MS = 86_400_000;
  const offsets = new Set([tz.offset(wallMs - DAY_MS), tz.offset(wallMs), tz.offset(wallMs + DAY_MS)]);
  const instants = [...offsets]
    .map((offset) => wallMs - offset * 60_000)
    .filter((ms) => tz.offset(ms) === (wallMs - ms) / 60_000)
    .sort((a, b) => a - b);
  return instants.length > 0 ? [...new Set(instants)].map((ms) => new Date(ms)) : [luxon.toJSDate()];
}

/**
 * An instant whose wall clock in the process's zone shows `now` as seen in `zone`: what to give a parser that
 * computes in the process's zone (chrono-node), so « demain 9h » means 9:00 in the network's zone wherever the
 * bot runs.
 */
export const wallClockIn = (now: Date, zone: string): Date =>
  DateTime.fromJSDate(now).setZone(zone).setZone("system", { keepLocalTime: true }).toJSDate();
