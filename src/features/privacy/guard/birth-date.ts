import { isOrganisationBorn } from "./birth-subject.ts";
import { allMatches, type Span } from "./spans.ts";

/**
 * Dates of birth: a date introduced as one ("né le 12/03/1950", "née en 1950", "DDN 12/03/50",
 * "date de naissance : 12 mars 1950", "DOB 1950-03-12", "born on March 12, 1950"), or a full date
 * written right after a patient's name ("Mme Durand, 12/03/1950"). Only the date is replaced.
 */

/** Month names and abbreviations, French and English, longest first so "janvier" wins over "janv". */
const MONTH = [
  "janvier",
  "février",
  "fevrier",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "aout",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
  "decembre",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "janv.",
  "janv",
  "févr.",
  "févr",
  "fevr.",
  "fevr",
  "fév.",
  "fév",
  "fev.",
  "fev",
  "avr.",
  "avr",
  "juil.",
  "juil",
  "sept.",
  "sept",
  "oct.",
  "oct",
  "nov.",
  "nov",
  "déc.",
  "déc",
  "dec.",
  "dec",
  "jan.",
  "jan",
  "feb.",
  "feb",
  "mar.",
  "mar",
  "apr.",
  "apr",
  "jun.",
  "jun",
  "jul.",
  "jul",
  "aug.",
  "aug",
  "sep.",
  "sep",
]
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(".", "\\."))
  .join("|");

const NUMERIC = "\\d{1,2}\\s?[/.\\-]\\s?\\d{1,2}\\s?[/.\\-]\\s?(?:\\d{4}|\\d{2})(?!\\d)";
const ISO = "(?:19|20)\\d{2}\\s?[/.\\-]\\s?\\d{1,2}\\s?[/.\\-]\\s?\\d{1,2}(?!\\d)";
const DAY_MONTH_YEAR = `(?:1er|\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH})\\s+(?:\\d{4}|'?\\d{2})(?!\\d)`;
const MONTH_DAY_YEAR = `(?:${MONTH})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}(?!\\d)`;
/** A date with day, month and year, in any usual form. */
const FULL_DATE = `(?:${NUMERIC}|${ISO}|${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR})`;
/** After an explicit "born" word, less is enough: "mars 1950", "1950", "12031950". */
const INTRODUCED_DATE = `(?:${FULL_DATE}|(?:(?:${MONTH})\\s+)?(?:19|20)\\d{2}(?!\\d)|\\d{8}(?!\\d)|\\d{6}(?!\\d))`;

/** Words that introduce a birth date, accents optional; "ne" only counts when a date follows. */
const TRIGGER = [
  "n[ée]e?s?(?:\\s?\\(e\\)|\\.e)?",
  "d\\.?d\\.?n\\.?",
  "dates?\\s+(?:de\\s+)?naissance",
  "naissance",
  "d\\.?o\\.?b\\.?",
  "date\\s+of\\s+birth",
  "birth\\s?date",
  "birthday",
  "born",
].join("|");

/** A birthplace may sit between "né" and the date: "né à Saint-Denis le 12/03/1950". */
const BIRTHPLACE = "(?:[àa]\\s+\\p{Lu}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}[\\p{L}'’\\-]*){0,2}\\s+)?";
const CONNECTOR = "\\s*[:=\\-–]?\\s*(?:(?:le|en|on|in|the)\\s+)?";

const INTRODUCED = new RegExp(
  `(?<![\\p{L}\\p{N}])(${TRIGGER})(?![\\p{L}\\p{N}])\\s*${BIRTHPLACE}${CONNECTOR}(${INTRODUCED_DATE})`,
  "giu",
);
/** "né", "née", "nés", "born", "naissance": triggers that may tell an organisation's history (birth-subject.ts). */
const BORN = /^(?:n|born)/iu;
const WHOLE_FULL_DATE = new RegExp(`^(?:${FULL_DATE})$`, "iu");

/** Right after a name: optional comma, parenthesis or dash, optional "né(e)", then a full date. */
const AFTER_NAME = new RegExp(`^\\s?[,(\\-–]?\\s?(?:n[ée]e?\\s+(?:le\\s+)?)?(${FULL_DATE})`, "iu");

export function findBirthDates(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of allMatches(INTRODUCED, text)) {
    const date = match[2]!;
    const yearOnly = BORN.test(match[1]!) && !WHOLE_FULL_DATE.test(date);
    const noun = /^naissance$/iu.test(match[1]!);
    if (yearOnly && isOrganisationBorn(text, match.index, noun ? match.index + match[0].length : undefined)) continue;
    const start = match.index + match[0].length - date.length;
    spans.push({ start, end: start + date.length, finding: { kind: "birth-date" } });
  }
  return spans;
}

/** A full date written just after `nameEnd` (the end of a redacted patient name), if any. */
export function birthDateAfterName(text: string, nameEnd: number): Span | undefined {
  const match = AFTER_NAME.exec(text.slice(nameEnd, nameEnd + 60));
  if (!match) return undefined;
  const end = nameEnd + match[0].length;
  return { start: end - match[1]!.length, end, finding: { kind: "birth-date" } };
}
