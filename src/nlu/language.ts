import type { Locale } from "../core/locale.ts";
import { FUNCTION_WORDS } from "./function-words.ts";
import { tokenize } from "./normalize.ts";

/** Function words count as if seen this many times in training, so a message of everyday words is
 * placed even when the corpus has not met them. */
const FUNCTION_WORD_WEIGHT = 3;

/** Beyond this many words, a message with weak word evidence also asks the trigram guesser. */
const GUESSER_MIN_WORDS = 3;
/** Weight of the trigram guesser's opinion, in the same unit as word evidence (log-odds). */
const GUESSER_WEIGHT = 2;
/** English needs this much more evidence than French: French is the default when unsure. */
const ENGLISH_MARGIN = 0.5;
/** One word never weighs more than this, whatever the counts. */
const MAX_WORD_EVIDENCE = 4;
/**
 * A sure reading is words of one language: at least half of the message's words known to either
 * language, clear evidence for one ("hello", "merci" suffice; "ok", "lol", a mix of both do not), and
 * not code (two or more of `*=;<>{}[]|$#%`, as in a line of SQL or HTML). Anything less does not
 * change the language a member is answered in.
 */
const SURE_MIN_KNOWN_SHARE = 0.5;
const SURE_MIN_EVIDENCE = 1.25;
const CODE_SYMBOLS = /[*=;<>{}[\]|\\$#%^~`]/g;

/** The language of a message, and whether the message says it clearly. */
export interface LanguageReading {
  locale: Locale;
  sure: boolean;
}

export interface LanguageDetectorOptions {
  /** Training sentences: each language's vocabulary and how often its words occur. */
  examples: Iterable<{ text: string; locale: Locale }>;
  /** A character-level guess for longer texts: a score from 0 to 1 per language. */
  guess?: (text: string) => Partial<Record<Locale, number>>;
}

/**
 * Tells French from English in short chat messages ("bjr", "thx", "besoin d'une HAD à Vitry").
 * Each word known to the vocabulary of either language adds its log-odds; longer messages whose words
 * say little also ask a trigram guesser. French wins ties.
 */
export class LanguageDetector {
  private readonly evidence = new Map<string, number>();
  private readonly guess: LanguageDetectorOptions["guess"];

  constructor(options: LanguageDetectorOptions) {
    this.guess = options.guess;
    const counts: Record<Locale, Map<string, number>> = { fr: new Map(), en: new Map() };
    const add = (locale: Locale, word: string, n: number) =>
      counts[locale].set(word, (counts[locale].get(word) ?? 0) + n);
    for (const locale of ["fr", "en"] as const) {
      for (const word of FUNCTION_WORDS[locale]) add(locale, word, FUNCTION_WORD_WEIGHT);
    }
    for (const { text, locale } of options.examples) {
      for (const word of new Set(tokenize(text).map((t) => t.text))) add(locale, word, 1);
    }
    this.computeEvidence(counts);
  }

  /** The likelier language (French when it cannot tell). */
  detect(text: string): Locale {
    return this.read(text).locale;
  }

  read(text: string): LanguageReading {
    const words = wordsOf(text);
    const known = words.filter((word) => this.evidence.has(word));
    let score = 0;
    for (const word of known) score += this.evidence.get(word)!;
    if (this.guess && words.length >= GUESSER_MIN_WORDS && Math.abs(score) < GUESSER_WEIGHT) {
      const guess = this.guess(text);
      score += GUESSER_WEIGHT * ((guess.en ?? 0) - (guess.fr ?? 0));
    }
    const locale = score > ENGLISH_MARGIN ? "en" : "fr";
    const codeLike = (text.match(CODE_SYMBOLS)?.length ?? 0) >= 2;
    const sure =
      !codeLike &&
      known.length > 0 &&
      known.length >= SURE_MIN_KNOWN_SHARE * words.length &&
      Math.abs(score - ENGLISH_MARGIN) >= SURE_MIN_EVIDENCE;
    return { locale, sure };
  }

  /** Log-odds of English over French for each word, with add-one smoothing. */
  private computeEvidence(counts: Record<Locale, Map<string, number>>): void {
    const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    const vocabulary = new Set([...counts.fr.keys(), ...counts.en.keys()]);
    const frTotal = total(counts.fr) + vocabulary.size;
    const enTotal = total(counts.en) + vocabulary.size;
    for (const word of vocabulary) {
      const en = ((counts.en.get(word) ?? 0) + 1) / enTotal;
      const fr = ((counts.fr.get(word) ?? 0) + 1) / frTotal;
      const logOdds = Math.log(en / fr);
      this.evidence.set(word, Math.max(-MAX_WORD_EVIDENCE, Math.min(MAX_WORD_EVIDENCE, logOdds)));
    }
  }
}

/**
 * The folded words of a message, without words in capitals: acronyms ("HAD", "SSIAD", "KB") and code
 * ("SELECT", "WHERE") say nothing of the language, and "had" would read as English.
 */
function wordsOf(text: string): string[] {
  return tokenize(text)
    .filter((t) => !/^\p{Lu}{2,}$/u.test(text.slice(t.start, t.end).normalize("NFKC")))
    .map((t) => t.text);
}
