// The period a volunteer asks about: « cette année », « en 2026 », « le mois dernier », « depuis
// janvier », « since March », « last year »; nothing said is everything they did.
import { DateTime } from "luxon";
import { fold } from "../../../util/fold.ts";

/** From (inclusive) to (exclusive), in the network's zone; `from` null: since the first mission. */
export interface Period {
  from: Date | null;
  to: Date;
  /** How the period is said: a year, a month, since a day, or everything. */
  kind: "year" | "month" | "since" | "all";
}

const MONTHS: [RegExp, number][] = [
  [/\b(janvier|january|jan)\b/, 1],
  [/\b(fevrier|february|feb)\b/, 2],
  [/\b(mars|march)\b/, 3],
  [/\b(avril|april|apr)\b/, 4],
  [/\b(mai|may)\b/, 5],
  [/\b(juin|june)\b/, 6],
  [/\b(juillet|july)\b/, 7],
  [/\b(aout|august|aug)\b/, 8],
  [/\b(septembre|september|sept?)\b/, 9],
  [/\b(octobre|october|oct)\b/, 10],
  [/\b(novembre|november|nov)\b/, 11],
  [/\b(decembre|december|dec)\b/, 12],
];

function yearPeriod(year: number, zone: string): Period {
  const start = DateTime.fromObject({ year }, { zone });
  return { from: start.toJSDate(), to: start.plus({ years: 1 }).toJSDate(), kind: "year" };
}

/** This calendar year in the network's zone. */
export const currentYear = (now: Date, zone: string): Period =>
  yearPeriod(DateTime.fromJSDate(now, { zone }).year, zone);

/** Reads the period in a message; `now` and `zone` say what « cette année » is. */
export function periodIn(text: string, now: Date, zone: string): Period {
  const folded = fold(text);
  const today = DateTime.fromJSDate(now, { zone });
  const year = (y: number): Period => yearPeriod(y, zone);
  const month = (at: DateTime): Period => ({
    from: at.startOf("month").toJSDate(),
    to: at.startOf("month").plus({ months: 1 }).toJSDate(),
    kind: "month",
  });
  if (/\b(l'?annee (derniere|passee)|last year)\b/.test(folded)) return year(today.year - 1);
  if (/\b(le mois (dernier|passe)|last month)\b/.test(folded)) return month(today.minus({ months: 1 }));
  if (/\b(ce mois|this month)\b/.test(folded)) return month(today);
  const since = /\b(depuis|since|from)\b(.*)$/.exec(folded);
  if (since) {
    const found = MONTHS.find(([pattern]) => pattern.test(since[2]!));
    if (found) {
      const day = Number(/\b(\d{1,2})(?:er|st|nd|rd|th)?\b/.exec(since[2]!)?.[1] ?? 1);
      const written = Number(/\b(20\d\d)\b/.exec(since[2]!)?.[1] ?? 0);
      const on = (d: number) => DateTime.fromObject({ year: written || today.year, month: found[1], day: d }, { zone });
      let from = on(day).isValid ? on(day) : on(1);
      // « depuis mars » in February is last March.
      if (!written && from > today) from = from.minus({ years: 1 });
      return { from: from.toJSDate(), to: now, kind: "since" };
    }
  }
  const written = /\b(20\d\d)\b/.exec(folded);
  if (written) return year(Number(written[1]));
  if (/\b(cette annee|this year|annee en cours|de l'?annee)\b/.test(folded)) return year(today.year);
  return { from: null, to: now, kind: "all" };
}

/** Whether a message names a period at all (« mes missions » does not; « mes missions de 2026 » does). */
export const namesAPeriod = (text: string, now: Date, zone: string): boolean =>
  periodIn(text, now, zone).kind !== "all";
