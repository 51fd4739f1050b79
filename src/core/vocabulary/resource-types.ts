import path from "node:path";
import { z } from "zod";
import { DataFileError, readYamlFile } from "../../util/data-file.ts";
import { foldedKey } from "../../util/fold.ts";
import type { Localized } from "../locale.ts";

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

const resourceTypesFile = (intentsDir: string) => path.join(intentsDir, "entities", "resource-types.yaml");

/** The controlled vocabulary of resource types (CareResource.type), with labels and the ways people write them. */
export class ResourceTypes {
  constructor(readonly types: Readonly<Record<string, ResourceTypeDefinition>>) {}

  get keys(): string[] {
    return Object.keys(this.types);
  }

  label(key: string): Localized | undefined {
    return this.types[key]?.label;
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
      const folded = foldedKey(form);
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
