// How the network names its members' professions, roles, skills, motivations and availability, in French
// and English with their usual abbreviations (content/member-vocabulary.yaml): one reviewed list that the
// member file, the coordinators' search and volunteer missions all read members against.
import path from "node:path";
import { z } from "zod";
import { Profession, Role } from "../../generated/prisma/enums.ts";
import { DataFileError, readYamlFile } from "../../util/data-file.ts";
import { compact } from "../../util/fold.ts";
import { FormIndex, type Resolution } from "../../util/row-file/form-index.ts";
import type { Locale, Localized } from "../locale.ts";

const text = z.string().trim().min(1, "must not be empty");
const termSchema = z.strictObject({
  label: z.strictObject({ fr: text, en: text }),
  synonyms: z.array(text).default([]),
});
const section = z.record(
  z.string().regex(/^[a-z][a-z0-9_]*$/, "must be a lower-case key such as soins_palliatifs"),
  termSchema,
);
const fileSchema = z.strictObject({
  professions: section,
  roles: section,
  skills: section,
  motivations: section,
  availability: section,
});

type Term = z.infer<typeof termSchema>;
export type VocabularySectionName = keyof z.infer<typeof fileSchema>;

/** One section of the vocabulary: its keys, their labels, and every way of writing them. */
export class VocabularySection<K extends string = string> {
  private readonly index: FormIndex<K>;

  constructor(private readonly terms: Readonly<Record<K, Term>>) {
    this.index = new FormIndex(
      (Object.entries(terms) as [K, Term][]).map(([key, term]) => ({
        value: key,
        forms: [key, term.label.fr, term.label.en, ...term.synonyms],
      })),
    );
  }

  /** Every key, in the file's order. */
  get keys(): K[] {
    return this.index.values;
  }

  has(key: string): key is K {
    return Object.hasOwn(this.terms, key);
  }

  /** The key's label in `locale`; the key itself when the vocabulary no longer has it. */
  label(key: string, locale: Locale): string {
    return this.has(key) ? this.terms[key].label[locale] : key;
  }

  labels(key: K): Localized {
    return this.terms[key].label;
  }

  /** Every way of writing the key: the key, both labels and the synonyms. */
  forms(key: K): string[] {
    const term = this.terms[key];
    return [key, term.label.fr, term.label.en, ...term.synonyms];
  }

  /** The key a written value stands for, or the closest keys. */
  resolve(written: string): Resolution<K> {
    return this.index.resolve(written);
  }

  /** The key of a value written exactly (after folding), without suggestions: for searches. */
  exact(written: string): K | undefined {
    return this.index.exact(written);
  }
}

/** The member vocabulary, every section checked. */
export class MemberVocabulary {
  readonly professions: VocabularySection<Profession>;
  readonly roles: VocabularySection<Role>;
  readonly skills: VocabularySection;
  readonly motivations: VocabularySection;
  readonly availability: VocabularySection;

  constructor(file: z.infer<typeof fileSchema>) {
    this.professions = new VocabularySection(file.professions as Record<Profession, Term>);
    this.roles = new VocabularySection(file.roles as Record<Role, Term>);
    this.skills = new VocabularySection(file.skills);
    this.motivations = new VocabularySection(file.motivations);
    this.availability = new VocabularySection(file.availability);
  }
}

const vocabularyFile = (contentDir: string) => path.join(contentDir, "member-vocabulary.yaml");

/**
 * Loads content/member-vocabulary.yaml and checks it: professions and roles are exactly the schema's,
 * and no way of writing belongs to two keys of a section.
 */
export async function loadMemberVocabulary(contentDir: string): Promise<MemberVocabulary> {
  const file = vocabularyFile(contentDir);
  const root = path.dirname(contentDir);
  const data = await readYamlFile(file, fileSchema, root);
  const problems = [
    ...sameKeys("professions", data.professions, Object.values(Profession)),
    ...sameKeys("roles", data.roles, Object.values(Role)),
    ...(Object.keys(data) as VocabularySectionName[]).flatMap((name) => ambiguousForms(name, data[name])),
  ];
  if (problems.length) throw new DataFileError(path.relative(root, file), problems);
  return new MemberVocabulary(data);
}

function sameKeys(name: string, terms: Record<string, Term>, expected: readonly string[]): string[] {
  const keys = Object.keys(terms);
  return [
    ...expected.filter((k) => !keys.includes(k)).map((k) => `${name}: ${k} is missing (a value of the schema)`),
    ...keys.filter((k) => !expected.includes(k)).map((k) => `${name}.${k}: not a value of the schema`),
  ];
}

function ambiguousForms(name: string, terms: Record<string, Term>): string[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const [key, term] of Object.entries(terms)) {
    for (const form of [key, term.label.fr, term.label.en, ...term.synonyms]) {
      const folded = compact(form);
      const previous = owner.get(folded);
      if (previous !== undefined && previous !== key) {
        problems.push(`${name}.${key}: "${form}" is already a way of writing ${previous}`);
      }
      owner.set(folded, previous ?? key);
    }
  }
  return problems;
}
