import type { Locale } from "../../core/locale.ts";
import type { EntityMatch } from "../../core/nlu-port.ts";
import type { ResourceTypes } from "../../core/vocabulary/resource-types.ts";
import { withoutOverlaps } from "../../util/text-spans.ts";
import { FUNCTION_WORDS } from "../function-words.ts";
import { type Token, tokenize } from "../normalize.ts";
import { PhraseMatcher } from "./phrase-matcher.ts";

/** Folded words of every synonym of the vocabulary: they are ordinary words for the other recognisers. */
export function resourceTypeWords(types: ResourceTypes): Set<string> {
  return new Set(Object.values(types.types).flatMap((t) => t.synonyms.flatMap((s) => tokenize(s).map((w) => w.text))));
}

/** When an acronym written in lower case still counts. */
type LowerCase = "always" | "inFrench" | "never";

/**
 * Recognises resource types. Synonyms are matched like communes (case, accents, one typo in long
 * words). Acronyms are whole words in any case ("ssiad sur KB", "contact cpts"), but one that is an
 * English grammatical word counts in lower case only in French messages ("I had a call" is not about
 * an HAD); `capitalsOnly` acronyms are also everyday French words ("tu as", "dac") and count only in
 * capitals.
 */
export class ResourceTypeRecognizer {
  private readonly synonyms: PhraseMatcher;
  private readonly acronyms = new Map<string, { value: string; lowerCase: LowerCase }>();

  constructor(types: ResourceTypes, ordinaryWords: ReadonlySet<string> = new Set()) {
    const entries = Object.entries(types.types);
    this.synonyms = new PhraseMatcher(
      entries.flatMap(([value, t]) => t.synonyms.map((s) => ({ text: s, value }))),
      { ordinaryWords },
    );
    for (const [value, t] of entries) {
      for (const a of t.acronyms) {
        const word = a.toLowerCase();
        this.acronyms.set(word, { value, lowerCase: FUNCTION_WORDS.en.has(word) ? "inFrench" : "always" });
      }
      for (const a of t.capitalsOnly) this.acronyms.set(a.toLowerCase(), { value, lowerCase: "never" });
    }
  }

  find(text: string, tokens: readonly Token[], locale: Locale): EntityMatch[] {
    const byAcronym: EntityMatch[] = [];
    for (const token of tokens) {
      const acronym = this.acronyms.get(token.text);
      if (!acronym) continue;
      const written = text.slice(token.start, token.end);
      const inCapitals = written === written.toUpperCase();
      if (inCapitals || acronym.lowerCase === "always" || (acronym.lowerCase === "inFrench" && locale === "fr")) {
        byAcronym.push({ value: acronym.value, text: written, start: token.start, end: token.end });
      }
    }
    return withoutOverlaps([...this.synonyms.find(text, tokens), ...byAcronym]);
  }
}
