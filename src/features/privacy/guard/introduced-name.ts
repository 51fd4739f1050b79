import { fold } from "../../../util/fold.ts";
import { isFirstName } from "./first-names.ts";
import { readName } from "./name-run.ts";
import { allMatches, type Span } from "./spans.ts";
import { isNameStopWord, isProfessionalWord, isSurnameLike } from "./words.ts";

/**
 * A full name after words that say whom a request is about, without a civility: "c'est pour Jean
 * Dupont", "il s'agit de Marie-Claire Petit", "la demande concerne Robert Lemoine", "c est pour
 * lucien garnier", "regarding John Smith"; after a bare "pour", only when the first name is a known
 * one ("une IDE pour Jean Dupont").
 *
 * Two name words at least: one capitalised word after these words is most often a place or a
 * structure ("c'est pour Vitry", "il s'agit de l'EMSP"). Not redacted, by decision: a single first
 * name ("c'est pour Jeannine"), communes of two words ("Villeneuve Saint-Georges"), hospitals named
 * after a person ("il s'agit de Paul Brousse") and a name followed by a profession ("c'est pour
 * Julie Martin, IDE à Ivry": a colleague).
 */

/** Words that say whom a message is about; group 1: a bare "pour". */
const TRIGGER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[
    "c['’ ]?(?:est|[ée]tait)\\s+pour",
    "s['’ ]?agi(?:t|ssait)\\s+d(?:e|u|['’])",
    "concern(?:e|ent|ait|ant)",
    "au\\s+sujet\\s+d(?:e|u|['’])",
    "[àa]\\s+propos\\s+d(?:e|u|['’])",
    "regarding|concerning",
    "(?:it['’]?s|it\\s+is|this\\s+is)\\s+(?:for|about)",
    "(pour)",
  ].join("|")})(?:(?<=['’])|(?![\\p{L}\\p{N}]))`,
  "giu",
);

/** Hospitals and places named after a person, folded, as they follow "il s'agit de". */
const EPONYMS = [
  "paul brousse",
  "henri mondor",
  "charles foix",
  "albert chenevier",
  "gustave roussy",
  "jeanne garnier",
  "emile roux",
  "paul guiraud",
  "jean rostand",
  "georges pompidou",
  "antoine beclere",
  "ambroise pare",
  "raymond poincare",
  "louis mourier",
  "jean verdier",
  "rene muret",
  "robert debre",
  "armand trousseau",
  "paul doumer",
  "marie curie",
  "louis pasteur",
  "jean moulin",
  "jean jaures",
  "victor hugo",
  "charles de gaulle",
  "jules ferry",
  "leon blum",
  "paul vaillant-couturier",
  "pierre brossolette",
  "gabriel peri",
].map((name) => name.replace(/-/g, " "));
/** "l'hôpital", "d'une": an elided article or preposition glued to the word. */
const ELISION = /^\p{Ll}['’]/u;
const SAINT = /^(?:saint|sainte|st|ste)(?:-|$)/iu;
const ARTICLE = /^(?:l[ea]s?|the)[\s'’]/iu;
const WORD = /[\p{L}]+(?:[-'’][\p{L}]+)*/uy;
const GAP = /[ \t\u00a0]*/y;
const FOLLOWING_WORD = /^[\s,;:(–-]*([\p{L}-]+)/u;

/** The word that starts at `at` (after spaces), with its bounds. */
function wordAt(text: string, at: number): { word: string; start: number; end: number } | undefined {
  GAP.lastIndex = at;
  const start = at + (GAP.exec(text)?.[0].length ?? 0);
  WORD.lastIndex = start;
  const match = WORD.exec(text);
  return match ? { word: match[0], start, end: start + match[0].length } : undefined;
}

/** A word that may be a name's: capitalised and no sentence word, or lower case and surname-like. */
const nameLike = (word: string): boolean =>
  word === word.toLowerCase() ? !ELISION.test(word) && isSurnameLike(word) : !isNameStopWord(fold(word), false);

/**
 * Two words in any case, one of them a known first name: "lucien garnier", "Jean dupont", "dupont
 * jean" (a capital letter cannot tell a name where the sender types in lower case).
 */
function knownFirstName(text: string, from: number): { start: number; end: number } | undefined {
  const first = wordAt(text, from);
  const last = first && wordAt(text, first.end);
  if (!first || !last || last.start === first.end) return undefined;
  const [one, two] = [isFirstName(fold(first.word)), isFirstName(fold(last.word))];
  const fits = (one && nameLike(last.word)) || (two && nameLike(first.word));
  return fits ? { start: first.start, end: last.end } : undefined;
}

/** The full name written at `from`, if it is one: two name words or more, no place, no colleague. */
function fullNameAt(text: string, from: number, bareFor: boolean): { start: number; end: number } | undefined {
  const capitalised = readName(text, from, "none", false);
  const twoWords = (run: { start: number; end: number }) => /\s/u.test(text.slice(run.start, run.end));
  const run = capitalised && twoWords(capitalised) ? capitalised : knownFirstName(text, from);
  if (!run) return undefined;
  const name = text.slice(run.start, run.end);
  const words = name.split(/[\s\u00a0]+/);
  if (words.length < 2 || ARTICLE.test(name) || words.slice(1).some((w) => SAINT.test(w))) return undefined;
  const folded = `${fold(name.replace(/-/g, " "))} `;
  if (EPONYMS.some((eponym) => folded.startsWith(`${eponym} `))) return undefined;
  if (bareFor && !words.slice(0, 2).some((word) => isFirstName(fold(word)))) return undefined;
  const next = fold(FOLLOWING_WORD.exec(text.slice(run.end, run.end + 30))?.[1] ?? "");
  return isProfessionalWord(next) ? undefined : run;
}

export function findIntroducedNames(text: string): Span[] {
  const spans: Span[] = [];
  for (const trigger of allMatches(TRIGGER, text)) {
    const name = fullNameAt(text, trigger.index + trigger[0].length, trigger[1] !== undefined);
    if (name) spans.push({ ...name, finding: { kind: "patient-name" } });
  }
  return spans;
}
