// Free text anywhere in the database may name a member: an erasure rewrites every text column of every table.
import type { Prisma } from "../persistence.ts";

/**
 * Tables of the network's published reference content (the care directory): a member's number or name
 * there is the organisation's public listing, which patients' care depends on. It is not rewritten;
 * where a match is found the erasure says so, for the team to correct the directory file.
 */
const REFERENCE_TABLES: Record<string, string> = { CareResource: "key", ResourceCoverage: "resourceId" };
/** Forms offered to members: one holding the erased member's details (a prefilled phone) goes whole. */
const DELETED_WHEN_MATCHING = ["OfferedForm"];
/** The migration history and SQLite's own tables hold no member text. */
const SKIPPED = /^(_prisma_migrations|sqlite_.*)$/;

export interface ScrubOutcome {
  /** Rows rewritten or deleted, by table. */
  changed: Record<string, number>;
  /** Rows of reference tables that still hold one of the strings, as "table key" ("CareResource had-vitry"). */
  leftInReference: string[];
}

/**
 * Replaces `strings` by `label` in every text column of every table (deliveries already sent to the
 * team naming the member, a request's summary, a job's payload…), inside the caller's transaction.
 * Reads the tables from SQLite itself, so a table added later is covered without a change here.
 */
export async function scrubText(
  tx: Prisma.TransactionClient,
  strings: readonly string[],
  label: string,
): Promise<ScrubOutcome> {
  const outcome: ScrubOutcome = { changed: {}, leftInReference: [] };
  if (strings.length === 0) return outcome;
  const tables = await tx.$queryRawUnsafe<{ name: string }[]>(
    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
  );
  for (const { name: table } of tables) {
    if (SKIPPED.test(table)) continue;
    const columns = (await tx.$queryRawUnsafe<{ name: string; type: string }[]>(`PRAGMA table_info("${table}")`))
      .filter((c) => c.type.toUpperCase() === "TEXT")
      .map((c) => c.name);
    for (const column of columns) {
      // ?1…?n are the strings, ?n+1 the label.
      const matches = strings.map((_, i) => `instr("${column}", ?${i + 1}) > 0`).join(" OR ");
      const named = REFERENCE_TABLES[table];
      if (named) {
        const found = await tx.$queryRawUnsafe<{ name: unknown }[]>(
          `SELECT "${named}" AS name FROM "${table}" WHERE ${matches}`,
          ...strings,
        );
        for (const row of found) {
          const entry = `${table} ${String(row.name)}`;
          if (!outcome.leftInReference.includes(entry)) outcome.leftInReference.push(entry);
        }
        continue;
      }
      const count = DELETED_WHEN_MATCHING.includes(table)
        ? await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE ${matches}`, ...strings)
        : await tx.$executeRawUnsafe(
            `UPDATE "${table}" SET "${column}" = ${strings.reduce(
              (expression, _, i) => `replace(${expression}, ?${i + 1}, ?${strings.length + 1})`,
              `"${column}"`,
            )} WHERE ${matches}`,
            ...strings,
            label,
          );
      if (count > 0) outcome.changed[table] = (outcome.changed[table] ?? 0) + count;
    }
  }
  return outcome;
}
