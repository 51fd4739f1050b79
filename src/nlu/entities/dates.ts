import type * as chrono from "chrono-node";
// The two locales only: the package's index loads all ten of them (~45 ms more at start).
import { casual as enCasual } from "chrono-node/en";
import { casual as frCasual } from "chrono-node/fr";
import { DateTime } from "luxon";
import type { Locale } from "../../core/locale.ts";
import type { EntityMatch } from "../../core/nlu-port.ts";
import { blank } from "../../util/text-spans.ts";

const parsers: Record<Locale, chrono.Chrono> = { fr: frCasual, en: enCasual };

/**
 * Words chrono reads as dates although they are mostly something else: day abbreviations ("la mer",
 * "un jeu", "sat on it") and "now" (a moment, not a day).
 */
const NOT_A_DATE =
  /^(lun|mar|mer|jeu|ven|sam|dim|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$|^(right )?now$|^maintenant$/i;

export interface DateRecognizerOptions {
  /** IANA zone in which "demain" is understood, e.g. Europe/Paris. */
  timezone: string;
  now: () => Date;
}

/**
 * Simple dates in French and English ("demain", "lundi prochain", "le 3 mars", "12/03", "tomorrow",
 * "next monday"), always looking forward. The value is the calendar day (YYYY-MM-DD) in the network's
 * time zone. Only expressions that name a day count: times ("à 8h"), parts of the day ("good morning",
 * "ce soir") and months alone ("in March") are left out.
 */
export class DateRecognizer {
  constructor(private readonly options: DateRecognizerOptions) {}

  /** `taken` are spans other recognisers own (mission numbers, postal codes): never part of a date. */
  find(text: string, locale: Locale, taken: readonly EntityMatch[] = []): EntityMatch[] {
    return parsers[locale]
      .parse(blank(text, taken), this.wallClock(), { forwardDate: true })
      .filter((r) => namesADay(r.start) && !NOT_A_DATE.test(r.text.trim()))
      .map((r) => ({
        value: isoDay(r.start.get("year"), r.start.get("month"), r.start.get("day")),
        text: r.text,
        start: r.index,
        end: r.index + r.text.length,
      }));
  }

  /**
   * chrono computes in the process's time zone. Giving it an instant whose local wall clock is the
   * network's wall clock makes "demain" at 00:30 in Paris mean the next Paris day, wherever we run.
   */
  private wallClock(): Date {
    return DateTime.fromJSDate(this.options.now())
      .setZone(this.options.timezone)
      .setZone("system", { keepLocalTime: true })
      .toJSDate();
  }
}

const namesADay = (components: chrono.ParsedComponents): boolean =>
  components.isCertain("day") || components.isCertain("weekday");

function isoDay(year: number | null, month: number | null, day: number | null): string {
  const pad = (n: number | null, width: number) => String(n ?? 0).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
