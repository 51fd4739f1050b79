// When an announcement goes out, read from what its author typed: « maintenant », « demain 9h »,
// « vendredi 18h », « le 3 janvier à 8h30 », "tomorrow 9am", in the network's time zone.
import type { ParsedResult } from "chrono-node";
import { casual as enCasual } from "chrono-node/en";
import { casual as frCasual } from "chrono-node/fr";
import type { Locale } from "../../core/locale.ts";
import { compact } from "../../util/fold.ts";
import { instantsOfLocalTime, wallClock } from "../../util/time.ts";

const NOW = new Set(
  ["maintenant", "tout de suite", "immediatement", "des maintenant", "now", "right now", "asap"].map(compact),
);
/** Words around a moment that say nothing else (« pour demain 9h », "send it on friday"). */
const AROUND = new Set(
  ["le", "la", "à", "a", "pour", "vers", "dès", "des", "plutôt", "envoyer", "l'envoyer", "envoie", "svp", "stp"]
    .concat(["on", "at", "by", "for", "send", "it", "please", "the"])
    .map(compact),
);
/** A day without a time means the morning: announcements are read at the start of the day. */
const DEFAULT_HOUR = 9;

export type When = { kind: "now" } | { kind: "at"; at: Date } | { kind: "past"; at: Date } | { kind: "unknown" };

/** Reads a moment, looking forward from `now`, in French first then English. */
export function readWhen(text: string, now: Date, zone: string, locale: Locale): When {
  if (NOW.has(compact(text))) return { kind: "now" };
  const wall = wallClock(now, zone);
  const parsers = locale === "fr" ? [frCasual, enCasual] : [enCasual, frCasual];
  // The reading that covers most of the text: "friday 6pm" is not "6pm" read by the French parser.
  const found = parsers
    .flatMap((parser) => parser.parse(text, wall, { forwardDate: true }).slice(0, 1))
    .reduce<ParsedResult | undefined>((best, r) => (best && best.text.length >= r.text.length ? best : r), undefined);
  // A sentence that merely names a day (« la réunion de jeudi est annulée ») is not a moment.
  const rest = found ? `${text.slice(0, found.index)} ${text.slice(found.index + found.text.length)}` : "";
  const saysMore = rest.split(/[\s,;.!?]+/).some((word) => compact(word) && !AROUND.has(compact(word)));
  if (found && !saysMore) {
    const s = found.start;
    const timed = s.isCertain("hour");
    const local = { year: s.get("year")!, month: s.get("month")!, day: s.get("day")! };
    const [at] = instantsOfLocalTime(
      { ...local, hour: timed ? s.get("hour")! : DEFAULT_HOUR, minute: timed ? (s.get("minute") ?? 0) : 0 },
      zone,
    );
    // « lundi » said on a Monday after the hour means next Monday.
    const nextWeek = at && at < now && s.isCertain("weekday") && !s.isCertain("day");
    const when = nextWeek ? new Date(at.getTime() + 7 * 86_400_000) : at;
    if (when) return when < now ? { kind: "past", at: when } : { kind: "at", at: when };
  }
  return { kind: "unknown" };
}
