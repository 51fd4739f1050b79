// Dates typed in forms (« lundi », « 30/06/2027 », « jeudi prochain 18h30 »), read by chrono-node on the wall
// clock of the network's zone, always forward. Free-text messages get their dates from the NLU instead.
import type * as chrono from "chrono-node";
import { casual as enCasual } from "chrono-node/en";
import { casual as frCasual } from "chrono-node/fr";
import type { Locale } from "../../../core/locale.ts";
import { wallClock } from "../../../util/time.ts";
import type { LocalDay } from "./business-clock.ts";

const parsers: Record<Locale, chrono.Chrono> = { fr: frCasual, en: enCasual };
const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/;

export interface LocalDateTime extends LocalDay {
  /** Present when the text gave a time. */
  hour?: number;
  minute?: number;
}

/** The first date (and time, if given) in `text`; the other language is tried when the member's finds none. */
export function readDateTime(text: string, locale: Locale, zone: string, now: Date): LocalDateTime | undefined {
  const iso = ISO.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const wall = wallClock(now, zone);
  for (const parser of [parsers[locale], parsers[locale === "fr" ? "en" : "fr"]]) {
    const [found] = parser.parse(text, wall, { forwardDate: true });
    if (!found || !(found.start.isCertain("day") || found.start.isCertain("weekday"))) continue;
    const { start } = found;
    const day = { year: start.get("year")!, month: start.get("month")!, day: start.get("day")! };
    return start.isCertain("hour") ? { ...day, hour: start.get("hour")!, minute: start.get("minute") ?? 0 } : day;
  }
  return undefined;
}
