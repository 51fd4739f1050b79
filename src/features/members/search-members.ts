// Finds members for the coordination team (in chat) and for whoever runs the bot (on the command line),
// by the same query, in the same order.

import type { MemberQuery } from "../../core/members/member-query.ts";
import type { Database, MemberStatus, Prisma, Profession, Role } from "../../core/persistence.ts";
import { compact, fold } from "../../util/fold.ts";

/** A member as a search lists them. */
export interface MemberSummary {
  id: number;
  key: string | null;
  displayName: string;
  status: MemberStatus;
  email: string | null;
  phone: string | null;
  profession: Profession | null;
  /** Sorted. */
  roles: Role[];
  communes: string[];
}

export interface MemberPage {
  /** Members matching the query, all pages together. */
  total: number;
  members: MemberSummary[];
}

const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });
/** "Dr Claire Martin" is sorted among the C's. */
const sortName = (name: string) => name.replace(/^(dr|pr)\.?\s+/i, "");

/** The words of a name, key or e-mail a search word may begin: "N'Diaye" is "ndiaye", "n" and "diaye". */
const wordsOf = (text: string): string[] =>
  text
    .split(/\s+/)
    .flatMap((word) => [compact(word), ...fold(word).split(/[^a-z0-9]+/)])
    .filter(Boolean);

function whereOf(query: MemberQuery): Prisma.MemberWhereInput {
  const criteria: Prisma.MemberWhereInput[] = [
    { anonymizedAt: null },
    query.status ? { status: query.status } : { status: { not: "inactive" } },
  ];
  if (query.roles.length) criteria.push({ roles: { some: { role: { in: query.roles } } } });
  if (query.professions.length) criteria.push({ profession: { in: query.professions } });
  if (query.communes.length) criteria.push({ communes: { some: { communeCode: { in: query.communes } } } });
  if (query.skills.length) criteria.push({ tags: { some: { kind: "skill", value: { in: query.skills } } } });
  if (query.motivations.length) {
    criteria.push({ tags: { some: { kind: "motivation", value: { in: query.motivations } } } });
  }
  return { AND: criteria };
}

/**
 * The members matching the query, sorted by name, `limit` of them from `offset`. Each word of the query
 * begins a word of the name, key or e-mail, compared without case, accents or punctuation, so "helene"
 * finds "Dr Hélène Roussel" and "mart" finds Martin and Martine; deactivated and erased
 * members are left out unless the query asks for the deactivated ones.
 */
export async function searchMembers(
  db: Database,
  query: MemberQuery,
  page: { offset: number; limit: number } = { offset: 0, limit: Number.MAX_SAFE_INTEGER },
): Promise<MemberPage> {
  const candidates = await db.member.findMany({
    where: whereOf(query),
    select: { id: true, key: true, displayName: true, email: true },
  });
  const matching = candidates
    .filter((m) => {
      const words = wordsOf(`${m.displayName} ${m.key ?? ""} ${m.email ?? ""}`);
      return query.words.every((word) => words.some((w) => w.startsWith(word)));
    })
    .sort((a, b) => collator.compare(sortName(a.displayName), sortName(b.displayName)) || a.id - b.id);
  const shown = matching.slice(page.offset, page.offset + page.limit).map((m) => m.id);
  const rows = await db.member.findMany({
    where: { id: { in: shown } },
    include: { roles: { select: { role: true } }, communes: { select: { communeCode: true } } },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    total: matching.length,
    members: shown.map((id) => {
      const row = byId.get(id)!;
      return {
        id: row.id,
        key: row.key,
        displayName: row.displayName,
        status: row.status,
        email: row.email,
        phone: row.phone,
        profession: row.profession,
        roles: row.roles.map((r) => r.role).sort(),
        communes: row.communes.map((c) => c.communeCode),
      };
    }),
  };
}
