// The values of a member row that come from a list the network controls (professions, roles, communes,
// skills, motivations, availability, languages, channels): read however people write them, stored by key,
// and refused with the closest valid ones.
import type { VocabularySection } from "../../../core/members/member-vocabulary.ts";
import type { Channel } from "../../../core/persistence.ts";
import type { CommuneVocabulary } from "../../../core/vocabulary/commune-vocabulary.ts";
import { compact } from "../../../util/fold.ts";
import type { RowValues } from "../../../util/row-file/check-rows.ts";
import type { Resolution } from "../../../util/row-file/form-index.ts";
import type { MemberField, MemberProblemCode } from "./member-file.ts";

export type Values = RowValues<MemberField, MemberProblemCode>;

/** What a list of values is read against: a written value → its key, or the closest keys. */
export interface Lookup {
  resolve(written: string): Resolution;
  /** How a suggested key is shown ("board_treasurer (trésorier·ère)"). */
  show(key: string): string;
  /** Every key, shown when nothing is close. */
  keys: readonly string[];
}

/** A section of the member vocabulary as a lookup; suggestions show the key and its French label. */
export const termLookup = (section: VocabularySection): Lookup => ({
  resolve: (written) => section.resolve(written),
  show: (key) => (section.label(key, "fr") === key ? key : `${key} (${section.label(key, "fr")})`),
  keys: section.keys,
});

/** Communes as a lookup; suggestions are already names. */
export const communeLookup = (communes: CommuneVocabulary): Lookup => ({
  resolve: (written) => communes.resolve(written),
  show: (name) => name,
  keys: [],
});

/** Why a written value is not one of the lookup's, with the closest ones (or all when few). */
function unknownHint(written: string, found: { closest: string[] }, lookup: Lookup): string {
  if (written.includes(",")) return "separate values with ; or |";
  if (found.closest.length) return `closest: ${found.closest.map((k) => lookup.show(k)).join(", ")}`;
  return lookup.keys.length ? `valid: ${lookup.keys.join(", ")}` : "not a commune of intents/entities/communes.yaml";
}

/** One value of a lookup (a profession); undefined when absent, empty or unknown (reported). */
export function readOne(
  values: Values,
  field: MemberField,
  lookup: Lookup,
  code: MemberProblemCode,
  what: string,
): string | undefined {
  const written = values.text(field);
  if (written === undefined) return undefined;
  const found = lookup.resolve(written);
  if (found.ok) return found.value;
  const message = `unknown ${what} "${written}" (${unknownHint(written, found, lookup)})`;
  values.report({ code, line: values.lineOf(field), field, message });
  return undefined;
}

/**
 * The keys of a list field (a YAML list, or one text separated by ; or |), without repeats, in the
 * order written; undefined when the row does not write the field; every unknown value reported.
 */
export function readMany(
  values: Values,
  field: MemberField,
  lookup: Lookup,
  code: MemberProblemCode,
  what: string,
): string[] | undefined {
  if (!values.has(field)) return undefined;
  return resolveAll(values, field, values.list(field, `${what} names`) ?? [], lookup, code, what);
}

/** The keys of written values, without repeats, in the order written; every unknown value reported. */
export function resolveAll(
  values: Values,
  field: MemberField,
  written: readonly string[],
  lookup: Lookup,
  code: MemberProblemCode,
  what: string,
): string[] {
  const keys = new Set<string>();
  for (const value of written) {
    const found = lookup.resolve(value);
    if (found.ok) keys.add(found.value);
    else {
      const message = `unknown ${what} "${value}" (${unknownHint(value, found, lookup)})`;
      values.report({ code, line: values.lineOf(field), field, message });
    }
  }
  return [...keys];
}

const LANGUAGES: Record<"fr" | "en", string[]> = {
  fr: ["fr", "français", "french", "fra"],
  en: ["en", "anglais", "english", "eng"],
};

const CHANNELS: Record<Channel, string[]> = {
  console: ["console", "terminal"],
  slack: ["slack"],
  discord: ["discord"],
};

function fixedChoice<K extends string>(
  values: Values,
  field: MemberField,
  choices: Record<K, string[]>,
  code: MemberProblemCode,
  what: string,
): K | null | undefined {
  if (!values.has(field)) return undefined;
  const written = values.text(field);
  if (written === undefined) return null;
  const found = (Object.keys(choices) as K[]).find((key) =>
    choices[key].some((form) => compact(form) === compact(written)),
  );
  if (found) return found;
  const message = `unknown ${what} "${written}" (${Object.keys(choices).join(", ")})`;
  values.report({ code, line: values.lineOf(field), field, message });
  return undefined;
}

/** The preferred language: fr or en (also "français", "English"…); null when written empty. */
export const readLanguage = (values: Values) =>
  fixedChoice(values, "language", LANGUAGES, "unknown_language", "language");

/** The channel for proactive messages: console, slack or discord; null when written empty. */
export const readChannel = (values: Values) => fixedChoice(values, "channel", CHANNELS, "unknown_channel", "channel");
