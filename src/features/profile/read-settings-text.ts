// The parts of a profile sentence that are not vocabulary: quiet hours, hours a month, the language to
// answer in, a phone number. Each reader takes a folded clause (see `fold`) and returns what it read
// and the clause with those words blanked, so the vocabulary reader does not see "9h" or "anglais".
import type { Locale } from "../../core/locale.ts";
import type { QuietHours } from "../../core/quiet-hours.ts";
import { normalisePhone } from "../../util/row-file/field-formats.ts";
import { blank } from "../../util/text-spans.ts";

type Read<T> = { value: T; rest: string } | undefined;

const blankOut = (text: string, match: RegExpExecArray): string =>
  blank(text, [{ start: match.index, end: match.index + match[0].length }]);

const TIME = String.raw`(?:\d{1,2}(?:\s*(?:h|:|\.|heures?)\s*(?:\d{2})?)?\s*(?:am|pm)?|midi|minuit|noon|midnight)`;

/** "9h", "20h30", "8:30pm", "minuit" as "HH:MM"; undefined when it is no time of day. */
function clockTime(written: string): string | undefined {
  const word = { midi: "12:00", noon: "12:00", minuit: "00:00", midnight: "00:00" }[written.trim()];
  if (word) return word;
  const match = /^(\d{1,2})(?:\s*(?:h|:|\.|heures?)\s*(\d{2})?)?\s*(am|pm)?$/.exec(written.trim());
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  if (match[3] && (hour < 1 || hour > 12)) return undefined;
  if (match[3] === "pm" && hour < 12) hour += 12;
  if (match[3] === "am" && hour === 12) hour = 0;
  if (hour === 24 && minute === 0) hour = 0;
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/** Words that say the sentence is about being written to, not about being available. */
const ABOUT_MESSAGES =
  /\b(messages?|msg|mails?|notif\w*|derange\w*|deranger|tranquilles?|calmes?|quiet|disturb|ping\w*|contact\w*|ecri\w*|write|text|sms|silence|relance\w*|solicit\w*|sollicit\w*|reveill\w*)\b/;
const NO_QUIET_HOURS =
  /\b(?:plus|pas|aucune?s?|sans|supprime\w*|retire\w*|enleve\w*|no|remove|without|clear|delete)\b.{0,25}\b(?:heures? (?:calmes?|de calme|tranquilles?)|plages? calmes?|quiet hours)\b|\b(?:quand tu veux|quand vous voulez|n'importe quand|a toute heure|any ?time|whenever you like)\b/;
const RANGE = new RegExp(
  String.raw`\b(?:entre|between|de|from)\s+(${TIME})\s*(?:et|and|a|-|–|to|jusqu'?a|until|till)\s+(${TIME})`,
);
const BEFORE = new RegExp(String.raw`\b(?:avant|before|jusqu'?a|until|till)\s+(${TIME})`);
const AFTER = new RegExp(String.raw`\b(?:apres|after|a partir de|passe|past|from)\s+(${TIME})`);

/**
 * Quiet hours a clause asks for: « pas de message avant 9h » (the end), « rien après 20h30 » (the start),
 * « tranquille entre 21h et 8h » (both), « plus d'heures calmes » (none: null). Only in a clause about
 * being written to: « dispo après 18h » is availability.
 */
export function readQuietHours(clause: string): Read<Partial<QuietHours> | null> {
  const none = NO_QUIET_HOURS.exec(clause);
  if (none) return { value: null, rest: blankOut(clause, none) };
  if (!ABOUT_MESSAGES.test(clause)) return undefined;
  const range = RANGE.exec(clause);
  if (range) {
    const [start, end] = [clockTime(range[1]!), clockTime(range[2]!)];
    if (start && end) return { value: { start, end }, rest: blankOut(clause, range) };
  }
  const before = BEFORE.exec(clause);
  const after = AFTER.exec(clause);
  const end = before && clockTime(before[1]!);
  const start = after && clockTime(after[1]!);
  if (!end && !start) return undefined;
  let rest = clause;
  if (before && end) rest = blankOut(rest, before);
  if (after && start) rest = blankOut(rest, after);
  return { value: { ...(start ? { start } : {}), ...(end ? { end } : {}) }, rest };
}

const HOURS_PER_MONTH =
  /\b(\d{1,3})\s*(?:h|hrs?|heures?|hours?)\b\s*(?:max(?:imum)?|maxi|au plus|at most|tops)?\s*(?:par|\/|per|a|an?|each|every|chaque)?\s*(?:mois|month)\b/;

/** « 4 heures par mois max », « 2h/mois », "8 hours a month": hours a month, 1 to 200. */
export function readHoursPerMonth(clause: string): Read<number> {
  const match = HOURS_PER_MONTH.exec(clause);
  const hours = match ? Number(match[1]) : 0;
  return match && hours >= 1 && hours <= 200 ? { value: hours, rest: blankOut(clause, match) } : undefined;
}

const LANGUAGE_WORD = /\b(anglais|english|francais|french)\b/;
const TO_THE_BOT =
  /\b(parlez?[- ]moi|parle[- ]nous|reponds?|repondez|ecris[- ]moi|ecrivez[- ]moi|reply|answer|respond|speak|talk|write|switch|passe|passons|langue|language|please|plz|pls|stp|svp|s'il te plait|s'il vous plait|merci|thanks)\b/;
const FOLLOW_MY_MESSAGES =
  /\b(?:langue|language) (?:de|of) (?:mes|my) messages\b|\bfollow (?:my|the) (?:messages?|language)\b|\bsui[st] (?:ma|la) langue\b/;

/** « parle-moi en anglais », "reply in French please", « suis la langue de mes messages » (null). */
export function readLocale(clause: string): Read<Locale | null> {
  const follow = FOLLOW_MY_MESSAGES.exec(clause);
  if (follow) return { value: null, rest: blankOut(clause, follow) };
  const language = LANGUAGE_WORD.exec(clause);
  const short = clause.trim().split(/\s+/).length <= 3;
  if (!language || !(short || TO_THE_BOT.test(clause))) return undefined;
  const locale: Locale = language[1] === "anglais" || language[1] === "english" ? "en" : "fr";
  return { value: locale, rest: blankOut(clause, language) };
}

const PHONE = /(?:\+\s*33|0033|\b0)\s*(?:\(\s*0\s*\)\s*)?[1-9](?:[\s.\-/]*\d{2}){4}\b/;

/** A French phone number, stored "01 99 00 12 34" (the member file's format). */
export function readPhone(clause: string): Read<string> {
  const match = PHONE.exec(clause);
  const phone = match && normalisePhone(match[0].trim());
  return match && phone?.ok ? { value: phone.value, rest: blankOut(clause, match) } : undefined;
}

/** An e-mail change is not made in chat: the address links the member's Slack identity (see the handler). */
export const mentionsEmail = (clause: string): boolean =>
  /\b(?:e-?mails?|courriels?|adresse (?:e-?)?mail|adresse electronique)\b|[\w.+-]+@[\w-]+\.\w/.test(clause);
