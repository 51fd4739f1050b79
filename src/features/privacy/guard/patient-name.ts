import { fold } from "../../../util/fold.ts";
import { ci, type NameRun, readName } from "./name-run.ts";
import { allMatches, type Span } from "./spans.ts";
import { isProfessionalWord } from "./words.ts";

/**
 * Patient names, where a message introduces them as such:
 * - after a civility: "Mme Durand", "M. Dupont", "Monsieur Jean Martin", "pour Mr Martin", "mme durand",
 *   "m. petit", with particles: "Mr. Van der Meulen", "Mme de La Fontaine", "MME LE BIHAN" (name-run.ts);
 * - after "patient(e)" (or "pt", "pte"), "malade", "résident(e)", "usager": "le patient DUPONT", "patient Y", "ma patiente Mme X",
 *   and one lower-case surname-like word: "patient durand", but not "patient grabataire" (words.ts);
 * - after a form label: "nom : Durand", "prénom: jeanne".
 * Only the name is replaced; the civility and the words around it stay.
 *
 * Not redacted, by decision: "Dr"/"Pr" + name (professionals: a colleague or a resource of the
 * directory), a civility right after a professional word ("ma collègue Mme Petit", "l'IDE M. Roy")
 * or a self-introduction ("je suis Mme Martin"), and titles ("M. le président", "Madame la directrice").
 */

/**
 * Letters of a civility, any case ("mme", "MADAME"). "M."/"M" and "Ms" are matched case-sensitively;
 * "m." in lower case only before a lower-case word and not after a figure ("m. petit", not "5 m. de").
 */
const CIVILITY_WORDS = ["madame", "mademoiselle", "monsieur", "mme", "mlle", "melle", "mrs", "mr"].map(ci).join("|");
const CIVILITY_SOURCE = `(?:(?:${CIVILITY_WORDS})\\.?|M\\.|M(?=[ \\u00a0]\\p{Lu})|(?<!\\d[ \\u00a0]?)m\\.(?=[ \\u00a0]\\p{Ll})|Ms\\.?)(?![\\p{L}\\p{N}])`;
const CIVILITY = new RegExp(`(?<![\\p{L}\\p{N}])${CIVILITY_SOURCE}`, "gu");
const CIVILITY_NEXT = new RegExp(`^[ \\t\\u00a0]*${CIVILITY_SOURCE}`, "u");
const PATIENT =
  /(?<![\p{L}\p{N}])(?:patient|patiente|patients|patientes|pt|pte|malade|r[ée]sident|r[ée]sidente|usager|usag[èe]re)(?![\p{L}\p{N}])\s?:?/giu;
/** Plural: "patients" may introduce capitalised names ("patients Durand et Roux"), never a lower-case one. */
const PLURAL = /s\s?:?$/iu;
const LABEL =
  /(?<![\p{L}\p{N}])(?<!(?:mon|my)\s+)(?:nom(?:\s+de\s+naissance|\s+d['’]usage|\s+de\s+famille)?|pr[ée]noms?|name|surname|first\s+name|last\s+name)\s?:/giu;
const SELF_INTRODUCTION = /(?:moi\s+c['’]est|je\s+m['’]appelle|i\s+am|i['’]m|my\s+name\s+is)\s*$/iu;
/** "je suis Mme X" also means "I follow Mme X": a self-introduction only when a profession follows. */
const I_AM_OR_I_FOLLOW = /je\s+suis\s*$/iu;

const LAST_WORD = /([\p{L}\p{N}-]+)[^\p{L}\p{N}-]*$/u;
const FIRST_WORD = /^[^\p{L}\p{N}-]*([\p{L}\p{N}-]+)/u;
/** The word just before `index` (punctuation skipped), folded; "" at the start of the text. */
const wordBefore = (text: string, index: number): string =>
  fold(LAST_WORD.exec(text.slice(Math.max(0, index - 30), index))?.[1] ?? "");
const wordAfter = (text: string, index: number): string =>
  fold(FIRST_WORD.exec(text.slice(index, index + 30))?.[1] ?? "");

/**
 * The name after a civility, unless the words around say it is a colleague's or the sender's own:
 * a professional word right before ("l'IDE Mme Roy", "ma collègue Mme Petit", but not "une
 * infirmière pour Mme Durand"), or a self-introduction ("je suis Mme Martin, pharmacienne").
 */
function afterCivility(text: string, civility: RegExpExecArray): NameRun | undefined {
  const start = civility.index;
  const before = text.slice(Math.max(0, start - 20), start);
  if (isProfessionalWord(wordBefore(text, start)) || SELF_INTRODUCTION.test(before)) return undefined;
  const word = civility[0];
  const abbreviatedMale = word === "M." || word === "M" || word.startsWith("Ms");
  const run = readName(text, start + word.length, abbreviatedMale ? "none" : "any", true);
  if (run && I_AM_OR_I_FOLLOW.test(before) && isProfessionalWord(wordAfter(text, run.end))) return undefined;
  return run;
}

export function findPatientNames(text: string): Span[] {
  const runs: NameRun[] = [];
  for (const civility of allMatches(CIVILITY, text)) {
    const run = afterCivility(text, civility);
    if (run) runs.push(run);
  }
  for (const patient of allMatches(PATIENT, text)) {
    const end = patient.index + patient[0].length;
    const civility = CIVILITY_NEXT.exec(text.slice(end, end + 20));
    // "patient Mme X" is read here as well: no word before "patient" can make it a colleague.
    const run = civility
      ? readName(text, end + civility[0].length, "any", true)
      : readName(text, end, PLURAL.test(patient[0]) ? "none" : "surname", false);
    if (run) runs.push(run);
  }
  for (const label of allMatches(LABEL, text)) {
    const run = readName(text, label.index + label[0].length, "any", true);
    if (run) runs.push(run);
  }
  return runs.map((run) => ({ ...run, finding: { kind: "patient-name" } }));
}
