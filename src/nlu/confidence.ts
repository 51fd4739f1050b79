import { NONE_INTENT } from "../core/nlu-port.ts";
import { isFunctionWord } from "./function-words.ts";
import type { Classification } from "./intent-model.ts";
import { isOneEditAway, tokenize, type Token } from "./normalize.ts";

/** Words shorter than this must be spelt exactly to count as known (as node-nlp's spell check). */
const TYPO_MIN_LENGTH = 4;

/**
 * The words the model was trained on, per language. A model scores relative to the trained intents
 * only: "bitcoin price today" can come out as greeting because "today" is the one word it knows. A
 * message is only as understood as the share of its content words (function words aside) the model
 * has seen, spelt right or one typo away.
 */
export class TrainedVocabulary {
  private readonly byLocale = new Map<string, Map<number, Set<string>>>();

  constructor(samples: Iterable<{ text: string; locale: string }>) {
    for (const { text, locale } of samples) {
      const byLength = this.byLocale.get(locale) ?? new Map<number, Set<string>>();
      this.byLocale.set(locale, byLength);
      for (const { text: word } of tokenize(text)) {
        const words = byLength.get(word.length) ?? new Set<string>();
        byLength.set(word.length, words.add(word));
      }
    }
  }

  /**
   * Share of the content words of `text` seen in training in `locale`: 1 when all are (or there are
   * none). Function words and capitalised words after the first (names: "Dr Dupont", "pharmacie
   * Lafayette") are left out: they never tell an intent.
   */
  coverage(locale: string, text: string): number {
    const content = tokenize(text)
      .filter((t, i) => !isFunctionWord(t.text) && !(i > 0 && isCapitalised(text, t)))
      .map((t) => t.text);
    if (!content.length) return 1;
    return content.filter((w) => this.knows(locale, w)).length / content.length;
  }

  private knows(locale: string, word: string): boolean {
    const byLength = this.byLocale.get(locale);
    if (!byLength) return false;
    if (byLength.get(word.length)?.has(word)) return true;
    if (word.length < TYPO_MIN_LENGTH) return false;
    for (const length of [word.length - 1, word.length, word.length + 1]) {
      for (const known of byLength.get(length) ?? []) if (isOneEditAway(word, known)) return true;
    }
    return false;
  }
}

const isCapitalised = (text: string, token: Token): boolean => {
  const first = text[token.start] ?? "";
  return first !== first.toLowerCase() && text.slice(token.start, token.end) !== text.slice(token.start, token.end).toUpperCase();
};

/**
 * Moves to None the confidence that the unknown words of a message take away, as far as the model
 * was unsure: every intent but None is scaled by `1 - (1 - √coverage) × (1 - best)`, where `best`
 * is the model's highest confidence; None gets what the others lose, and all are ranked again, best
 * first. A model torn between intents on a message of unknown words hands it to None ("bitcoin price
 * today"); a model sure of its answer from the words it knows keeps it ("theresienstraße to assling",
 * two stations it never saw, is still a connection). Half the words unknown costs an intent scored 0.5 15% of its
 * confidence, all unknown 50%.
 *
 * The square root of the coverage alone (the rule until 2026-11) sent a third of the in-domain test
 * questions of the NLU Evaluation Corpora to None, whose vocabulary is open (product names, stations),
 * for no gain on the bot's off-topic held-out sentences once the model has a trained None intent.
 */
export function scaleByCoverage(ranked: readonly Classification[], coverage: number): Classification[] {
  const best = Math.max(0, ...ranked.map((c) => c.score));
  const factor = 1 - (1 - Math.sqrt(coverage)) * (1 - best);
  let removed = 0;
  const scaled = ranked
    .filter((c) => c.intent !== NONE_INTENT)
    .map((c) => {
      removed += c.score * (1 - factor);
      return { intent: c.intent, score: c.score * factor };
    });
  const none = (ranked.find((c) => c.intent === NONE_INTENT)?.score ?? 0) + removed;
  return [...scaled, ...(none > 0 ? [{ intent: NONE_INTENT, score: none }] : [])].sort((a, b) => b.score - a.score);
}
