// The usual formats of a hand-kept file's values (phone numbers, e-mails, web addresses, days), read
// the many ways people write them and stored in one form.
import { DateTime } from "luxon";
import { z } from "zod";

/** A field's value once checked, or why it was refused (`code` when it differs from the field's usual one). */
export type Checked<T, C extends string = never> = { ok: true; value: T } | { ok: false; reason: string; code?: C };

const good = <T>(value: T): Checked<T, never> => ({ ok: true, value });
const bad = <C extends string = never>(reason: string, code?: C): Checked<never, C> =>
  code ? { ok: false, reason, code } : { ok: false, reason };

/**
 * A French phone number in the one display format, "01 99 00 12 34". Accepts spaces, dots, hyphens
 * and slashes between digits, and the international forms "+33 1 99…", "+33 (0)1 99…", "0033 1 99…".
 * One number per field.
 */
export function normalisePhone(written: string): Checked<string> {
  const reason = `"${written}" is not a French phone number of 10 digits (e.g. 01 99 00 12 34 or +33 1 99 00 12 34)`;
  if (!/^[\d\s.\-/+()]+$/.test(written)) return bad(reason);
  const digits = written.replace(/^\s*(\+|00)\s*33\s*(\(\s*0\s*\)|0)?/, "0").replace(/[\s.\-/]/g, "");
  if (!/^0[1-9]\d{8}$/.test(digits)) return bad(reason);
  return good(digits.match(/\d\d/g)!.join(" "));
}

const emailSchema = z.email();

export function checkEmail(written: string): Checked<string> {
  return emailSchema.safeParse(written).success ? good(written) : bad(`"${written}" is not an e-mail address`);
}

/**
 * A web address; "www.example.org/page" without a scheme gets "https://". Only http and https
 * addresses with a domain are accepted.
 */
export function normaliseWebsite(written: string): Checked<string> {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(written) ? written : `https://${written}`;
  const reason = `"${written}" is not a web address (e.g. https://www.example.org)`;
  if (/\s/.test(written) || !URL.canParse(withScheme)) return bad(reason);
  const url = new URL(withScheme);
  if (!["http:", "https:"].includes(url.protocol) || !/^[^.]+(\.[^.]+)+$/.test(url.hostname)) return bad(reason);
  return good(withScheme);
}

/** Today's date ("2026-11-23") in `zone`, the reference for "in the future" and "already past". */
export const localToday = (now: Date, zone: string): string => DateTime.fromJSDate(now, { zone }).toISODate()!;

/**
 * A day written "2026-11-23" or "23/11/2026" (how French spreadsheets export dates), as midnight UTC
 * of that day.
 */
export function parseDay(written: string): Checked<Date, never> {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(written);
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(written);
  const parts = iso ? [iso[1], iso[2], iso[3]] : french ? [french[3], french[2], french[1]] : undefined;
  const [year, month, day] = (parts ?? []).map(Number);
  const date = parts && DateTime.fromObject({ year, month, day }, { zone: "utc" });
  if (!date?.isValid) return bad(`"${written}" is not a date: write it 2026-11-23 (or 23/11/2026)`);
  return good(date.toJSDate());
}

/** A day something was checked ({@link parseDay}): refused when it is after `today`. */
export function parseCheckedDate(written: string, today: string): Checked<Date, "future_date"> {
  const parsed = parseDay(written);
  if (!parsed.ok) return parsed;
  const day = parsed.value.toISOString().slice(0, 10);
  if (day > today) return bad(`${day} is in the future (today is ${today})`, "future_date");
  return parsed;
}

const CLOCK_TIME = String.raw`(\d{1,2})\s*(?:[:hH]\s*(\d{2})?)?`;
const TIME_RANGE = new RegExp(String.raw`^${CLOCK_TIME}\s*(?:-|–|—|à|a|to)\s*${CLOCK_TIME}$`, "i");

/**
 * A daily period written "21:00-08:00" (or "21h-8h", "21h00 – 08h00", "21:00 à 08:00"), as two 24-hour
 * "HH:MM" times; the end may be the next morning. Refused when it starts and ends at the same time.
 */
export function parseTimeRange(written: string): Checked<{ start: string; end: string }> {
  const match = TIME_RANGE.exec(written.trim());
  const reason = `"${written}" is not a period of the day: write it 21:00-08:00`;
  if (!match) return bad(reason);
  const [, h1, m1 = "00", h2, m2 = "00"] = match;
  const times = [
    [Number(h1), Number(m1)],
    [Number(h2), Number(m2)],
  ];
  if (times.some(([h, m]) => h! > 23 || m! > 59)) return bad(reason);
  const [start, end] = times.map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
  if (start === end) return bad(`"${written}" starts and ends at the same time`);
  return good({ start: start!, end: end! });
}
