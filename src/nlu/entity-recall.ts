import { foldedKey } from "../util/fold.ts";

/** What a test sentence should yield and what was found, values as a reader writes them ("Vitry-sur-Seine", "had"). */
export interface EntityPrediction {
  text: string;
  line?: number;
  /** By kind ("commune", "resourceType"). */
  expected: Readonly<Partial<Record<string, readonly string[]>>>;
  found: Readonly<Partial<Record<string, readonly string[]>>>;
}

export interface KindRecall {
  kind: string;
  /** Expected entities of this kind over all sentences. */
  expected: number;
  /** How many of them were found. */
  found: number;
  recall: number;
}

/** One expected entity that was not found, or one found that was not expected. */
export interface EntityDifference {
  text: string;
  line?: number;
  kind: string;
  value: string;
  /** Everything found of this kind in the sentence. */
  found: readonly string[];
}

export interface EntityRecall {
  /** Kinds that some sentence expects, by name. */
  perKind: KindRecall[];
  misses: EntityDifference[];
  /** Found in a sentence that states its entities, of a kind the file checks, but not expected: likely false matches. */
  unexpected: EntityDifference[];
}

/**
 * Share of expected entities found, per kind. Values compare ignoring case, accents and punctuation
 * ("Le Kremlin-Bicetre" is "Le Kremlin-Bicêtre"). Only the sentences given count: pass those whose
 * line states its entities.
 */
export function entityRecall(predictions: readonly EntityPrediction[]): EntityRecall {
  const kinds = [...new Set(predictions.flatMap((p) => Object.keys(p.expected)))].sort();
  const counts = new Map(kinds.map((kind) => [kind, { expected: 0, found: 0 }]));
  const misses: EntityDifference[] = [];
  const unexpected: EntityDifference[] = [];
  for (const { text, line, expected, found } of predictions) {
    const where = line === undefined ? { text } : { text, line };
    for (const kind of kinds) {
      const want = expected[kind] ?? [];
      const got = found[kind] ?? [];
      const gotKeys = new Set(got.map(foldedKey));
      const wantKeys = new Set(want.map(foldedKey));
      const count = counts.get(kind)!;
      for (const value of want) {
        count.expected++;
        if (gotKeys.has(foldedKey(value))) count.found++;
        else misses.push({ ...where, kind, value, found: got });
      }
      for (const value of got)
        if (!wantKeys.has(foldedKey(value))) unexpected.push({ ...where, kind, value, found: got });
    }
  }
  const perKind = kinds.map((kind) => {
    const { expected, found } = counts.get(kind)!;
    return { kind, expected, found, recall: expected === 0 ? 0 : found / expected };
  });
  return { perKind, misses, unexpected };
}

/** The entity recall as a plain-text report: one line per kind, then the misses and the unexpected finds. */
export function formatEntityRecall({ perKind, misses, unexpected }: EntityRecall): string {
  const width = Math.max(4, ...perKind.map((k) => k.kind.length));
  const describe = (d: EntityDifference, shown: string) =>
    `  ${d.line === undefined ? "" : `line ${d.line}: `}${d.kind} ${shown}   ${JSON.stringify(d.text)}`;
  return [
    "entity recall (sentences that state their entities):",
    ...perKind.map(
      (k) =>
        `  ${k.kind.padEnd(width)}  ${`${k.found}/${k.expected}`.padStart(9)}  ${(100 * k.recall).toFixed(1).padStart(5)}%`,
    ),
    "",
    misses.length ? `missed entities (${misses.length}):` : "no missed entity",
    ...misses.map((m) => describe(m, `${m.value} (found: ${m.found.join(", ") || "nothing"})`)),
    "",
    unexpected.length ? `found but not expected (${unexpected.length}):` : "nothing found that was not expected",
    ...unexpected.map((u) => describe(u, u.value)),
  ].join("\n");
}
