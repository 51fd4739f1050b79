import type { EntityMatch } from "../../core/nlu-port.ts";
import type { Territory } from "../../core/vocabulary/territory.ts";
import type { Token } from "../normalize.ts";
import { type Phrase, PhraseMatcher } from "./phrase-matcher.ts";

/**
 * Everyday French and English words one typo away from a commune name or variant. They are never read
 * as a misspelt commune: "entorse de la cheville" is not about Chevilly, "accueil de jour" not about
 * Arcueil. Add a word here when a test or a conversation log shows a false commune.
 */
const WORDS_NEAR_COMMUNE_NAMES: readonly string[] = [
  "accueil",
  "accueils", // Arcueil
  "cheville",
  "chevilles", // Chevilly
  "gentil",
  "gentille",
  "gentilles",
  "gentils",
  "gentile", // Gentilly, Gentily
  "choisi",
  "choisie",
  "choisis", // Choisy
  "vitre",
  "vitres",
  "vitro", // Vitry
  "frene",
  "frenes",
  "freine", // Fresnes
  "cachant",
  "cacha", // Cachan
  "saine",
  "seins",
  "seize", // Seine
  "larve", // Larue
  "thais", // Thiais (a first name: Thaïs)
];

/**
 * Recognises the communes of the territory by name, variant ("Vitry", "KB") or postal code ("94400").
 * The value of a match is the commune's INSEE code.
 */
export class CommuneRecognizer {
  private readonly names: PhraseMatcher;
  private readonly byPostalCode = new Map<string, string[]>();

  constructor(territory: Territory, extraOrdinaryWords: Iterable<string> = []) {
    const phrases: Phrase[] = territory.communes.flatMap((c) =>
      [c.name, ...c.variants].map((text) => ({ text, value: c.code })),
    );
    this.names = new PhraseMatcher(phrases, {
      ordinaryWords: new Set([...WORDS_NEAR_COMMUNE_NAMES, ...extraOrdinaryWords]),
    });
    for (const commune of territory.communes) {
      for (const postalCode of commune.postalCodes) {
        this.byPostalCode.set(postalCode, [...(this.byPostalCode.get(postalCode) ?? []), commune.code]);
      }
    }
  }

  find(text: string, tokens: readonly Token[]): EntityMatch[] {
    const byPostalCode = tokens.flatMap((t) =>
      (this.byPostalCode.get(t.text) ?? []).map((value) => ({ value, text: t.text, start: t.start, end: t.end })),
    );
    return [...this.names.find(text, tokens), ...byPostalCode].sort((a, b) => a.start - b.start);
  }
}
