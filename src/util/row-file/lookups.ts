// The values of a row that come from a list the network controls (professions, communes, skills, kinds of
// mission…): read however people write them, stored by key, and refused with the closest valid ones.
import type { RowValues } from "./check-rows.ts";
import type { Resolution } from "./form-index.ts";

/** What a list of values is read against: a written value → its key, or the closest keys. */
export interface Lookup {
  resolve(written: string): Resolution;
  /** How a suggested key is shown ("board_treasurer (trésorier·ère)"). */
  show(key: string): string;
  /** Every key, shown when nothing is close. */
  keys: readonly string[];
  /** Said when a value is not known and nothing is close, instead of listing every key. */
  unknownHint?: string;
}

/** A vocabulary section as a lookup; suggestions show the key and its French label. */
export const termLookup = (section: {
  resolve(written: string): Resolution;
  label(key: string, locale: "fr"): string;
  keys: readonly string[];
}): Lookup => ({
  resolve: (written) => section.resolve(written),
  show: (key) => (section.label(key, "fr") === key ? key : `${key} (${section.label(key, "fr")})`),
  keys: section.keys,
});

/** The territory's communes as a lookup (core/vocabulary/commune-vocabulary.ts); suggestions are names. */
export const communeLookup = (communes: { resolve(written: string): Resolution }): Lookup => ({
  resolve: (written) => communes.resolve(written),
  show: (name) => name,
  keys: [],
  unknownHint: "not a commune of intents/entities/communes.yaml",
});

/** Why a written value is not one of the lookup's, with the closest ones (or all when few). */
function unknownHint(written: string, found: { closest: string[] }, lookup: Lookup): string {
  if (written.includes(",")) return "separate values with ; or |";
  if (found.closest.length) return `closest: ${found.closest.map((k) => lookup.show(k)).join(", ")}`;
  return lookup.unknownHint ?? `valid: ${lookup.keys.join(", ")}`;
}

/** One value of a lookup (a profession); undefined when absent, empty or unknown (reported with `code`). */
export function readOne<F extends string, C extends string>(
  values: RowValues<F, C>,
  field: F,
  lookup: Lookup,
  code: C,
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
export function readMany<F extends string, C extends string>(
  values: RowValues<F, C>,
  field: F,
  lookup: Lookup,
  code: C,
  what: string,
): string[] | undefined {
  if (!values.has(field)) return undefined;
  return resolveAll(values, field, values.list(field, `${what} names`) ?? [], lookup, code, what);
}

/** The keys of written values, without repeats, in the order written; every unknown value reported. */
export function resolveAll<F extends string, C extends string>(
  values: RowValues<F, C>,
  field: F,
  written: readonly string[],
  lookup: Lookup,
  code: C,
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
