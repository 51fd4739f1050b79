import path from "node:path";
import { z } from "zod";
import type { Locale, Localized } from "../../core/locale.ts";
import type { EntityMatch } from "../../core/nlu-port.ts";
import { DataFileError, readYamlFile } from "../../util/data-file.ts";
import { FUNCTION_WORDS } from "../function-words.ts";
import { type Token, tokenize, utteranceKey } from "../normalize.ts";
import { PhraseMatcher } from "./phrase-matcher.ts";
import { withoutOverlaps } from "./spans.ts";

const text = z.string().trim().min(1, "must not be empty");
const acronym = z.string().regex(/^[A-Z][A-Z0-9]+$/, "must be written in capitals, letters and digits only");

const typeSchema = z.strictObject({
  label: z.strictObject({ fr: text, en: text }),
  synonyms: z.array(text).default([]),
  acronyms: z.array(acronym).default([]),
  capitalsOnly: z.array(acronym).default([]),
});

const fileSchema = z.strictObject({
  types: z.record(
    z.string().regex(/^[a-z][a-z0-9_]*$/, "must be a lower-case key such as hopital_de_jour"),
    typeSchema,
  ),
});

export type ResourceTypeDefinition = z.infer<typeof typeSchema>;

export const resourceTypesFile = (intentsDir: string) => path.join(intentsDir, "entities", "resource-types.yaml");

/** The controlled vocabulary of resource types (CareResource.type), with labels and the ways people write them. */
export class ResourceTypes {
  constructor(readonly types: Readonly<Record<string, ResourceTypeDefinition>>) {}

  get keys(): string[] {
    return Object.keys(this.types);
  }

  label(key: string): Localized | undefined {
    return this.types[key]?.label;
  }

  /** Folded words of every synonym: they are ordinary words for the other recognisers. */
  words(): Set<string> {
    return new Set(Object.values(this.types).flatMap((t) => t.synonyms.flatMap((s) => tokenize(s).map((w) => w.text))));
  }
}

/** Loads intents/entities/resource-types.yaml and checks that no way of writing belongs to two types. */
export async function loadResourceTypes(intentsDir: string): Promise<ResourceTypes> {
  const file = resourceTypesFile(intentsDir);
  const { types } = await readYamlFile(file, fileSchema, path.dirname(intentsDir));
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const [key, type] of Object.entries(types)) {
    const forms = [...type.synonyms, ...type.acronyms, ...type.capitalsOnly];
    if (!forms.length) problems.push(`types.${key}: needs at least one synonym or acronym`);
    for (const form of forms) {
      const folded = utteranceKey(form);
      const previous = owner.get(folded);
      if (previous !== undefined) {
        problems.push(
          `types.${key}: "${form}" is already a way of writing ${previous === key ? "this type" : previous}`,
        );
      }
      owner.set(folded, key);
    }
  }
  if (problems.length) throw new DataFileError(path.relative(path.dirname(intentsDir), file), problems);
  return new ResourceTypes(types);
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
