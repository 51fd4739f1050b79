import type { EntityMatch } from "../../core/nlu-port.ts";
import { isOneEditAway } from "../../util/one-edit-away.ts";
import { type Token, tokenize } from "../normalize.ts";

/** A way of writing an entity, and the canonical value it stands for. */
export interface Phrase {
  text: string;
  value: string;
}

export interface PhraseMatcherOptions {
  /** Words at least this long (in the message and in the phrase) may carry one typo. Default 5. */
  typoMinLength?: number;
  /** Everyday words never read as a typo of a phrase word ("cheville" is not "Chevilly"). Folded. */
  ordinaryWords?: ReadonlySet<string>;
}

interface CompiledPhrase {
  words: string[];
  value: string;
}

const LETTERS = /^\p{L}+$/u;

/**
 * Finds phrases in messages, ignoring case, accents, hyphens and apostrophes. The longest phrase wins
 * (`Vitry-sur-Seine` over `Vitry`); an exact match beats one with a typo. A phrase may carry at most one
 * typo (one letter added, dropped, changed or two letters swapped) in one long word whose first letter
 * is right: "Vitri", "Chevily-Larue".
 */
export class PhraseMatcher {
  private readonly byInitial = new Map<string, CompiledPhrase[]>();
  private readonly typoMinLength: number;
  private readonly ordinaryWords: ReadonlySet<string>;

  constructor(phrases: Iterable<Phrase>, options: PhraseMatcherOptions = {}) {
    this.typoMinLength = options.typoMinLength ?? 5;
    this.ordinaryWords = options.ordinaryWords ?? new Set();
    for (const phrase of phrases) {
      const words = tokenize(phrase.text).map((t) => t.text);
      const initial = words[0]?.[0];
      if (initial === undefined) continue;
      const list = this.byInitial.get(initial) ?? [];
      list.push({ words, value: phrase.value });
      this.byInitial.set(initial, list);
    }
  }

  /** Non-overlapping matches, left to right. */
  find(text: string, tokens: readonly Token[] = tokenize(text)): EntityMatch[] {
    const matches: EntityMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      const best = this.bestAt(tokens, i);
      if (!best) {
        i++;
        continue;
      }
      const start = tokens[i]!.start;
      const end = tokens[i + best.phrase.words.length - 1]!.end;
      matches.push({ value: best.phrase.value, text: text.slice(start, end), start, end });
      i += best.phrase.words.length;
    }
    return matches;
  }

  private bestAt(tokens: readonly Token[], at: number): { phrase: CompiledPhrase; typos: number } | undefined {
    const candidates = this.byInitial.get(tokens[at]!.text[0] ?? "") ?? [];
    let best: { phrase: CompiledPhrase; typos: number } | undefined;
    for (const phrase of candidates) {
      const typos = this.typosAt(tokens, at, phrase.words);
      if (typos === undefined) continue;
      const longer = !best || phrase.words.length > best.phrase.words.length;
      const sameLengthFewerTypos = best && phrase.words.length === best.phrase.words.length && typos < best.typos;
      if (longer || sameLengthFewerTypos) best = { phrase, typos };
    }
    return best;
  }

  /** Number of typos (0 or 1) if `words` is written at `at`, undefined otherwise. */
  private typosAt(tokens: readonly Token[], at: number, words: readonly string[]): number | undefined {
    if (at + words.length > tokens.length) return undefined;
    let typos = 0;
    for (let k = 0; k < words.length; k++) {
      const written = tokens[at + k]!.text;
      const expected = words[k]!;
      if (written === expected) continue;
      if (typos > 0 || !this.mayBeTypo(written, expected)) return undefined;
      typos = 1;
    }
    return typos;
  }

  private mayBeTypo(written: string, expected: string): boolean {
    return (
      written.length >= this.typoMinLength &&
      expected.length >= this.typoMinLength &&
      written[0] === expected[0] &&
      LETTERS.test(written) &&
      LETTERS.test(expected) &&
      !this.ordinaryWords.has(written) &&
      isOneEditAway(written, expected)
    );
  }
}
