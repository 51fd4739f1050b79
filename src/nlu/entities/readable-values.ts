import type { EntityMatch } from "../../core/nlu-port.ts";
import type { Territory } from "../../core/vocabulary/territory.ts";

/**
 * An entity value as a reader writes it: a commune by its name ("Vitry-sur-Seine") rather than its
 * INSEE code, every other kind by its canonical value (resource type key "had", mission "12", day
 * "2026-11-24"). A commune value that is not a known code is returned as it is.
 */
export const readableValue =
  (territory: Territory) =>
  (kind: string, value: string): string =>
    kind === "commune" ? territory.nameOf(value) : value;

/** The kinds that have matches, each with its readable values in text order. */
export function readableEntities(
  territory: Territory,
  entities: Readonly<Record<string, readonly EntityMatch[]>>,
): Record<string, string[]> {
  const readable = readableValue(territory);
  return Object.fromEntries(
    Object.entries(entities)
      .filter(([, matches]) => matches.length)
      .map(([kind, matches]) => [kind, matches.map((m) => readable(kind, m.value))]),
  );
}
