// Communes written in a hand-kept file or a search: by name, variant or INSEE code, with the closest
// names when none matches. Shared by every import and search that names communes.
import { FormIndex, type Resolution } from "../../util/row-file/form-index.ts";
import type { Territory } from "./territory.ts";

/**
 * Reads a commune as intents/entities/communes.yaml knows it: its name, one of its variants or its INSEE
 * code, ignoring case, accents and punctuation. Gives the INSEE code; suggestions are commune names.
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

  /** The INSEE code of a commune written exactly (after folding), without suggestions. */
  exact(written: string): string | undefined {
    return this.index.exact(written);
  }
}
