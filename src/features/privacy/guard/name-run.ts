import { fold } from "../../../util/fold.ts";
import { isFirstName } from "./first-names.ts";
import { isNameStopWord, isSurnameLike } from "./words.ts";

/**
 * Reads the name that a rule expects at a given place (after "Mme", "patient", "c'est pour"…): up
 * to four name words, with their particles ("Van der Meulen", "de La Fontaine", "d'Alembert",
 * "LE BIHAN"), stopping at the first word that is not part of a name.
 */

/** Where a name was read: the part of the text to redact. */
export interface NameRun {
  start: number;
  end: number;
}

/**
 * Which lower-case words the name may hold: none ("M. Dupont"); any that is not a word of the
 * sentence, two at most ("mme jeanne durand"); or one surname-like word, then a first name
 * ("patient durand", "patient dupont jean": after "patient", a lower-case word is most often an
 * adjective, so the rule is stricter).
 */
export type LowerCase = "none" | "any" | "surname";

/** Letters of `word` in either case, as a pattern: "mme" matches "Mme", "MME". */
export const ci = (word: string): string =>
  [...word].map((c) => (/\p{L}/u.test(c) ? `[${c}${c.toUpperCase()}]` : c)).join("");

/** A letter-initial word: "Durand", "DURAND", "Jean-Pierre", "D'Alembert", "Y", "Y.", or lower case "durand". */
const TOKEN =
  /\p{Lu}['’]\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*|\p{Lu}{2,}(?:[-'’]\p{Lu}+)*|\p{Lu}\.?(?![\p{L}\p{N}])|\p{Ll}{2,}(?:-\p{Ll}+)*/uy;
/** Particles of French, Dutch, German, Iberian, Italian, Arabic and Berber surnames, in any case. */
const PARTICLE_WORDS =
  "de du des di da do dos das del della le la van von der den ter ten ben bin ibn el al ait aït abou";
/**
 * One to three particles before a capitalised word ("Van der ", "de La ", "LE "), or "d'" glued to it.
 * Whether they open a name depends on their case and place (see readName).
 */
const PARTICLES = `(?:(?:${PARTICLE_WORDS.split(" ").map(ci).join("|")})[ \\t\\u00a0]+){1,3}`;
const PARTICLE = new RegExp(`${PARTICLES}(?=\\p{Lu})|[Dd]['’](?=\\p{Lu})`, "uy");
/** The same before a lower-case word ("mme van der meulen", "mme le goff"): only right after a civility. */
const LOWER_PARTICLE = new RegExp(`${PARTICLES}(?=\\p{Ll})|d['’](?=\\p{Ll})`, "uy");
/** "Van der", "De la", "D'": a particle written like a name, which opens one anywhere. */
const CAPITALISED_PARTICLE = /^\p{Lu}(?:\p{Ll}|['’])/u;
/** Particles that are no French word, so open a lower-case name even without a civility ("patient van der meulen"). */
const FOREIGN_PARTICLE = /^(?:van|von|der|den|ter|ten|ben|bin|ibn|el|ait|aït|abou)\s/u;
const GAP = /[ \t\u00a0]+/y;
const MAX_TOKENS = 4;

/** Whether `word`, lower case, may be the `count`-th word of a name under `mode`. */
function lowerCaseFits(word: string, count: number, mode: LowerCase): boolean {
  if (mode === "none" || count >= 2) return false;
  const folded = fold(word);
  if (mode === "surname") return count === 0 ? isSurnameLike(word) : isFirstName(folded);
  return !isNameStopWord(folded, true) && (count > 0 || isSurnameLike(word));
}

/**
 * The particles at `at` when they belong to the name read: a capitalised one anywhere ("Van der"),
 * one in capitals or lower case as the first word after a civility ("MME LE BIHAN", "mme le goff"),
 * a foreign one in lower case as the first word after "patient" ("patient van der meulen": after
 * "patient", "de vitry" is a place). `false`: particles that end the name ("Mme Durand de Vitry").
 */
function particleAt(text: string, at: number, count: number, lowerCase: LowerCase, civility: boolean) {
  PARTICLE.lastIndex = at;
  const upper = PARTICLE.exec(text);
  if (upper) return CAPITALISED_PARTICLE.test(upper[0]) || (count === 0 && civility) ? upper[0] : false;
  if (count > 0 || lowerCase === "none") return undefined;
  LOWER_PARTICLE.lastIndex = at;
  const lower = LOWER_PARTICLE.exec(text);
  const opens = civility ? lowerCase === "any" : FOREIGN_PARTICLE.test(lower?.[0] ?? "");
  return lower && opens ? lower[0] : undefined;
}

/**
 * Reads up to MAX_TOKENS name words from `from`, particles included where they open a name (see
 * particleAt). A word after a particle is a name whatever it means ("Mme de Sa").
 */
export function readName(
  text: string,
  from: number,
  lowerCase: LowerCase,
  civilityBefore: boolean,
): NameRun | undefined {
  let at = from;
  let run: NameRun | undefined;
  let capitalised = false;
  for (let count = 0; count < MAX_TOKENS; count++) {
    GAP.lastIndex = at;
    const gap = GAP.exec(text);
    if (!gap && count > 0) break;
    let tokenAt = gap ? at + gap[0].length : at;
    const particle = particleAt(text, tokenAt, count, lowerCase, civilityBefore);
    if (particle === false) break;
    if (particle) tokenAt += particle.length;
    TOKEN.lastIndex = tokenAt;
    const token = TOKEN.exec(text);
    if (!token) break;
    const word = token[0];
    const lower = word === word.toLowerCase();
    // After a capitalised word, a lower-case one is the sentence going on ("Mr Smith's daughter").
    if (lower && (capitalised || !lowerCaseFits(word, count, lowerCase))) break;
    // A word in capitals may be a shouted sentence word ("MME LE BIHAN SORT"): both lists apply.
    const shouted = /^\p{Lu}{2}/u.test(word);
    if (!lower && !particle && isNameStopWord(fold(word.replace(/\.$/, "")), shouted)) break;
    capitalised ||= !lower;
    run = { start: run?.start ?? (particle ? tokenAt - particle.length : tokenAt), end: tokenAt + word.length };
    at = run.end;
  }
  return run;
}
