import type { ResourceTypes } from "../../../core/vocabulary/resource-types.ts";
import { FormIndex, type Resolution } from "../../../util/row-file/form-index.ts";

/**
 * Reads a resource type written in a directory file. The key (`had`, `hopital_de_jour`) is the canonical
 * form; any acronym, label or synonym of intents/entities/resource-types.yaml is accepted too (a
 * spreadsheet column saying "HAD" or "Psychologue"), compared ignoring case, accents and punctuation.
 * The key is what is stored.
 */
export class TypeVocabulary {
  private readonly index: FormIndex;

  constructor(types: ResourceTypes) {
    this.index = new FormIndex(
      Object.entries(types.types).map(([key, t]) => ({
        value: key,
        forms: [key, t.label.fr, t.label.en, ...t.acronyms, ...t.capitalsOnly, ...t.synonyms],
      })),
    );
  }

  resolve(written: string): Resolution {
    return this.index.resolve(written);
  }

  /** Every type key, in the vocabulary's order. */
  get keys(): string[] {
    return this.index.values;
  }
}
