// Lengths of time as people write the hours they gave: read by the NLU (the `duration` entity) and
// by the missions feature (a form's estimated hours, an answer to « combien d'heures ? »).
import { fold } from "./fold.ts";
import { type TextMatch, withoutOverlaps } from "./text-spans.ts";

/** Number words of both languages up to twelve: "deux heures", "three hours". */
const NUMBER_WORDS: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

const WORD_NUMBER = Object.keys(NUMBER_WORDS).join("|");
const NUMBER = String.raw`(\d{1,3}(?:[.,]\d{1,2})?|${WORD_NUMBER})`;
const HOURS = "(?:heures?|hours?|hrs?|h)";
const MINUTES = "(?:minutes?|mins?|mn)";
const HALF = String.raw`(\s+(?:et\s+demie?|and\s+a\s+half))?`;

/** "2h30", "2 h 30", "2 heures 30", "1h45min", "deux heures et demie", "2.5 hours", "an hour and a half". */
const HOURS_THEN_MINUTES = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${NUMBER}\s*${HOURS}(?:\s*(\d{1,2})(?:\s*${MINUTES})?|${HALF})(?![\p{L}\p{N}])`,
  "giu",
);
/** "90 min", "45 minutes" (minutes in words, "quarante-cinq", are not read: people type digits). */
const MINUTES_ONLY = new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,3})\s*${MINUTES}(?![\p{L}\p{N}])`, "giu");
/** "une demi-heure", "half an hour", "un quart d'heure". */
const FRACTIONS: [RegExp, number][] = [
  [/\b(?:une\s+)?demi[-\s]?heure\b/giu, 30],
  [/\bhalf\s+an\s+hour\b/giu, 30],
  [/\bun\s+quart\s+d'?\s*heure\b/giu, 15],
];

/**
 * Words before a number that make it a time of day, not a length of time: "à 14h", "après 18h",
 * "at 9h", "from 9h", the end of "9h-12h" or of "entre 21h et 8h", "entre minuit et 7h".
 */
const CLOCK_BEFORE =
  /(?:(?:^|[^\p{L}])(?:a|vers|apres|avant|des|jusqu'?a|at|after|before|by|until|till|from|rdv)|\d\s*h?\s*[-–—]|(?:\d\s*h\s*\d*|minuit|midi|midnight|noon)\s+(?:et|and))\s*$/u;
/** "9h-12h", "24h/24", "9h à 12h": the number is one end of a period of the day. */
const CLOCK_AFTER = /^\s*(?:[-–—/]|a\s+\d|to\s+\d)/u;

/**
 * Lengths of time in French and English, as people report the hours they gave: "2h30", "2 h 30",
 * "90 min", "deux heures", "1h45", "2.5 hours", "an hour and a half". The value is a number of
 * minutes ("150"). Times of day are left out: "à 14h", "9h-12h", "24h/24", and a bare "18h" (a
 * compact form above twelve hours reads as a clock time, not as hours given).
 */
export function findDurations(text: string, taken: readonly TextMatch[] = []): TextMatch[] {
  const matches: TextMatch[] = [];
  const add = (m: RegExpMatchArray, minutes: number | undefined) => {
    const start = m.index!;
    const end = start + m[0].length;
    if (minutes === undefined || minutes <= 0 || isClockTime(text, start, end)) return;
    if (taken.some((t) => start < t.end && t.start < end)) return;
    matches.push({ value: String(Math.round(minutes)), text: m[0], start, end });
  };
  for (const m of text.matchAll(HOURS_THEN_MINUTES)) add(m, hoursThenMinutes(m));
  for (const m of text.matchAll(MINUTES_ONLY)) add(m, Number(m[1]));
  for (const [pattern, minutes] of FRACTIONS) for (const m of text.matchAll(pattern)) add(m, minutes);
  return withoutOverlaps(matches);
}

function hoursThenMinutes(m: RegExpMatchArray): number | undefined {
  const [whole, written, minutes, half] = m;
  const hours = NUMBER_WORDS[fold(written!)] ?? Number(written!.replace(",", "."));
  if (!Number.isFinite(hours) || hours > 99) return undefined;
  // "14h", "18h30": a compact hour above twelve is a time of day ("rdv 14h"), not hours given.
  if (/^\d+\s*h/i.test(whole) && !/heure|hour|hr/i.test(whole) && hours > 12) return undefined;
  const extra = minutes === undefined ? (half ? 30 : 0) : Number(minutes);
  if (extra > 59) return undefined;
  return hours * 60 + extra;
}

function isClockTime(text: string, start: number, end: number): boolean {
  return CLOCK_BEFORE.test(fold(text.slice(Math.max(0, start - 12), start))) || CLOCK_AFTER.test(fold(text.slice(end)));
}

/**
 * A text that is only a length of time ("2h30", "90 min", "deux heures") or a number of hours ("3",
 * "2,5"), in minutes; undefined otherwise.
 */
export function parseDuration(written: string): number | undefined {
  const text = written.trim();
  const hours = /^(\d{1,3}(?:[.,]\d{1,2})?)$/.exec(text);
  if (hours) return Math.round(Number(hours[1]!.replace(",", ".")) * 60) || undefined;
  const [only, ...others] = findDurations(text);
  if (!only || others.length || text.slice(0, only.start).trim() || text.slice(only.end).trim()) return undefined;
  return Number(only.value);
}
