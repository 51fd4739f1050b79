import type { ResourceTypes } from "../../../core/vocabulary/resource-types.ts";
import type { Territory } from "../../../core/vocabulary/territory.ts";
import { closest } from "./closest.ts";
import { compact } from "./directory-file.ts";

/** A value of the file read against a known list: the stored value, or the closest valid ones. */
export type Resolution = { ok: true; value: string } | { ok: false; closest: string[] };

/** Looks values up by every form they are known by, compared with {@link compact}. */
class FormIndex {
  readonly values: string[];
  private readonly byForm = new Map<string, Set<string>>();

  constructor(private readonly candidates: readonly { value: string; forms: readonly string[] }[]) {
    this.values = candidates.map((c) => c.value);
    for (const { value, forms } of candidates) {
      for (const form of forms) {
        const key = compact(form);
        if (key) this.byForm.set(key, (this.byForm.get(key) ?? new Set()).add(value));
      }
    }
  }

  resolve(written: string): Resolution {
    const values = this.byForm.get(compact(written));
    if (values?.size === 1) return { ok: true, value: [...values][0]! };
    // Two values written alike after folding: ask for the unambiguous key instead of guessing.
    return { ok: false, closest: values ? [...values] : closest(written, this.candidates) };
  }
}

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

/**
 * Reads a commune written in a directory file: its name, one of its variants or its INSEE code, as
 * intents/entities/communes.yaml knows them. Gives the INSEE code; suggestions are commune names.
 */
export class CommuneVocabulary {
  private readonly index: FormIndex;

  constructor(private readonly territory: Territory) {
    this.index = new FormIndex(
      territory.communes.map((c) => ({ value: c.code, forms: [c.code, c.name, ...c.variants] })),
    );
  }

  resolve(written: string): Resolution {
    const found = this.index.resolve(written);
    return found.ok ? found : { ok: false, closest: found.closest.map((code) => this.territory.nameOf(code)) };
  }
}
