// The member's copy of their data (right of access and portability), read along the list of member columns.
import type { Database } from "../persistence.ts";
import { MEMBER_REFERENCES } from "./member-references.ts";

/** Columns left out of the export: they say nothing about the member and only help an attacker. */
const LEFT_OUT: Record<string, readonly string[]> = { LinkCode: ["codeHash"] };

type Row = Record<string, unknown>;
type Delegate = { findMany(args: { where: Row; orderBy?: Row }): Promise<Row[]> };

/** What the database holds about one member, as they receive it (right of access and portability). */
export interface MemberExport {
  memberId: number;
  exportedAt: string;
  /** The member's own row: profile, preferences, dates. */
  profile: Row;
  /** Rows about the member, whole, by table and column ("CoordinationRequest.requesterId"). */
  records: Record<string, Row[]>;
  /** Ids of the rows of others the member acted on (requests handled, roles changed…), by table and column. */
  actedOn: Record<string, number[]>;
}

/** A JSON column (replies of a delivery, data of a dialogue step, a list of roles) as its value. */
function readable(value: unknown): unknown {
  if (typeof value !== "string" || !/^[[{]/.test(value)) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

function cleaned(table: string, row: Row): Row {
  const left = LEFT_OUT[table] ?? [];
  return Object.fromEntries(Object.entries(row).flatMap(([k, v]) => (left.includes(k) ? [] : [[k, readable(v)]])));
}

/**
 * Everything the database holds about a member, read along {@link MEMBER_REFERENCES} so that no table
 * is forgotten: their profile, every row about them, and the ids of what they acted on. Undefined
 * when the member does not exist.
 */
export async function exportMember(db: Database, memberId: number, now: Date): Promise<MemberExport | undefined> {
  const profile = await db.member.findUnique({ where: { id: memberId } });
  if (!profile) return undefined;
  const records: Record<string, Row[]> = {};
  const actedOn: Record<string, number[]> = {};
  for (const { table, column, kind } of MEMBER_REFERENCES) {
    // Prisma's delegate of the model: `db.coordinationRequest` for "CoordinationRequest".
    const delegate = (db as unknown as Record<string, Delegate>)[table[0]!.toLowerCase() + table.slice(1)]!;
    const rows = await delegate.findMany({ where: { [column]: memberId } });
    if (rows.length === 0) continue;
    const key = `${table}.${column}`;
    if (kind === "theirs") records[key] = rows.map((row) => cleaned(table, row));
    else actedOn[key] = rows.map((row) => row.id as number);
  }
  return { memberId, exportedAt: now.toISOString(), profile: cleaned("Member", profile), records, actedOn };
}
