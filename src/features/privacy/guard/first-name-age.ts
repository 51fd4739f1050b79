import { fold } from "../../../util/fold.ts";
import { isFirstName } from "./first-names.ts";
import { allMatches, type Span } from "./spans.ts";
import { isNameStopWord, isProfessionalWord, wordSet } from "./words.ts";

/**
 * A name followed by an age is a patient: "Jeannine, 87 ans", "Marcel 92 ans", "pour Simone (89
 * ans)", "Louise, 64a", "John, 78 y/o", "Jean Dupont, 87 ans". The name is redacted, the age stays
 * (an age alone identifies nobody: "patient de 87 ans" is kept whole).
 *
 * The word before the age is a name when it is a known first name, or a capitalised word that is no
 * word of the sentence and does not open it ("Depuis 10 ans", "Formation 2 ans"). Not redacted, by
 * decision: a place ("à Ivry, 87 ans", "de Vitry, 62 ans"), a colleague ("le Dr Martin, 58 ans",
 * "ma collègue Julie, 35 ans"), a name after a civility (patient-name.ts decides) and years of
 * practice ("Julie, 20 ans d'expérience"). A first name without an age is never redacted here nor
 * anywhere in the guard: in this network it is most often a colleague signing ("Merci, Julie") or
 * greeted ("Bonjour Julie"), and alone it identifies no patient.
 */

/**
 * An age: "87 ans", "87ans", "1 an", "64a", "78 y/o", "70yo", "81 years old", or a figure after
 * "âgée de", "qui a", "aged" ("Jeannine, âgée de 87 ans", "John, aged 78").
 */
const AGE_WORD = "[âa]g[ée]e?s?\\s+de|aged?|qui\\s+a";
const AGE_UNIT = "\\s?(?:ans?|y\\/o|yo|yrs?|years?)(?:[\\s-]old)?|a";
/** Groups: the word before the figure, the figure, its unit (one of the two at least). */
const AGE = new RegExp(
  `(?<![\\p{L}\\p{N},.])(?:((?:${AGE_WORD})\\s*:?\\s*))?(\\d{1,3})((?:${AGE_UNIT})(?![\\p{L}\\p{N}]))?(?![\\p{L}\\p{N}])`,
  "giu",
);
/** After the age, what makes it a length of time rather than someone's age ("20 ans d'expérience"). */
const PRACTICE = new RegExp(
  [
    "^\\s*(?:d['’]\\s*(?:exp[ée]rience|exercice|anciennet[ée]|activit[ée]|existence|histoire)",
    "de\\s+(?:m[ée]tier|pratique|carri[èe]re|service|exercice|suivi|r[ée]seau|mariage|travail|pr[ée]sence|partenariat)",
    "of\\s+(?:experience|practice))",
  ].join("|"),
  "iu",
);
/** The name word just before the age, and what separates them: a comma, a parenthesis, a dash or spaces. */
const NAME_BEFORE =
  /(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*|\p{Lu}{2,}(?:-\p{Lu}{2,})*|\p{Ll}{2,}(?:-\p{Ll}+)*)(?:\s*[,(–-]\s*|\s*:\s*|\s+)$/u;
/** A second name word before the first ("Jean Dupont, 87 ans"), spaces only between them. */
const WORD_BEFORE = /(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*|\p{Lu}{2,}|\p{Ll}+|\p{Lu}\.?)[\s'’]+$/u;

/** People named by what they are, not who ("Femme, 87 ans"), and words that open a sentence about time. */
const NOT_A_NAME = wordSet(`
  patient patiente resident residente usager usagere personne homme femme dame enfant bebe fille fils garcon
  ado adolescent adolescente jeune mere pere epouse epoux mari veuf veuve frere soeur voisin voisine aidant
  aidante client cliente male female man woman lady gentleman boy girl wife husband mother father son daughter
  environ presque voila fait age aged about over under since almost nearly around approx tous toutes les
  ans annees years old
`);
/**
 * Words before a name that make it a place or a structure ("à Ivry, 87 ans", "in Vitry, 78 y/o",
 * "Le Kremlin-Bicêtre", "Hôpital Paul Brousse, 100 ans"): French puts no article before a first name.
 */
const PLACE_BEFORE = wordSet(`
  a au aux de d du des sur sous en in at from near vers pres lez le la l les un une the
  hopital clinique institut centre maison ehpad residence fondation rue avenue boulevard place ecole college
  lycee salle batiment pavillon service unite
`);
/** Where a sentence starts, a capital says nothing: the name must be a known first name ("Formation 2 ans"). */
const SENTENCE_START = /(?:^|[.!?;:\n(])\s*$/u;
/** Civilities: the name after one is patient-name.ts's to judge (it knows colleagues). */
const CIVILITY = wordSet("m mr mme mlle melle madame monsieur mademoiselle mrs ms");

/**
 * Whether `word` may be a name: a known first name, or a capitalised word that is no word of the
 * sentence, unless it opens the sentence (`first`).
 */
function isNameWord(word: string, first: boolean): boolean {
  const folded = fold(word);
  if (NOT_A_NAME.has(folded) || isNameStopWord(folded, true) || CIVILITY.has(folded)) return false;
  return isFirstName(folded) || (!first && word !== word.toLowerCase());
}

const opensSentence = (text: string, index: number): boolean =>
  SENTENCE_START.test(text.slice(Math.max(0, index - 20), index));

interface Word {
  text: string;
  start: number;
}

/** The word that ends just before `index`, spaces or an apostrophe between ("d'Ivry"). */
function wordBefore(text: string, index: number): Word | undefined {
  const from = Math.max(0, index - 40);
  const match = WORD_BEFORE.exec(text.slice(from, index));
  return match ? { text: match[1]!, start: from + match.index } : undefined;
}

const capitalised = (word: Word | undefined): word is Word => word !== undefined && /^\p{Lu}/u.test(word.text);

/** The name written just before the age at `ageIndex`, if the words around make it one. */
function nameBefore(text: string, ageIndex: number): { start: number; end: number } | undefined {
  const from = Math.max(0, ageIndex - 60);
  const match = NAME_BEFORE.exec(text.slice(from, ageIndex));
  if (!match) return undefined;
  const last: Word = { text: match[1]!, start: from + match.index };
  let previous = wordBefore(text, last.start);
  // "Jean Dupont, 87 ans": after a first name, the surname need not be known even where a sentence starts.
  const afterFirstName = capitalised(previous) && isFirstName(fold(previous.text));
  if (!isNameWord(last.text, !afterFirstName && opensSentence(text, last.start))) return undefined;
  let start = last.start;
  if (capitalised(previous) && isNameWord(previous.text, opensSentence(text, previous.start))) {
    start = previous.start;
    previous = wordBefore(text, start);
  }
  const said = fold(previous?.text.replace(/\.$/, "") ?? "");
  if (PLACE_BEFORE.has(said) || CIVILITY.has(said) || isProfessionalWord(said)) return undefined;
  return { start, end: last.start + last.text.length };
}

export function findNamesBeforeAges(text: string): Span[] {
  const spans: Span[] = [];
  for (const age of allMatches(AGE, text)) {
    const after = age.index + age[0].length;
    if ((!age[1] && !age[3]) || Number(age[2]) > 120 || PRACTICE.test(text.slice(after, after + 30))) continue;
    const name = nameBefore(text, age.index);
    if (name) spans.push({ ...name, finding: { kind: "patient-name" } });
  }
  return spans;
}
