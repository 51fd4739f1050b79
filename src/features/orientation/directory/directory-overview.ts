import type { Database } from "../../../core/persistence.ts";
import type { Territory } from "../../../core/vocabulary/territory.ts";

/** A type of resource present around a commune ("what exists in Orly?"). */
export interface TypeAvailability {
  type: string;
  /** Active resources of this type covering the commune. */
  covering: number;
  /** Active resources of this type covering only neighbouring communes. */
  nearby: number;
}

/**
 * The resource types that have at least one active resource covering the commune or a neighbour,
 * in the order of `order` (pass `ResourceTypes.keys` for the vocabulary's order); types missing from
 * `order` (a vocabulary changed since the import) come last, by key.
 */
export async function typesInCommune(
  db: Database,
  territory: Territory,
  communeCode: string,
  order: readonly string[] = [],
): Promise<TypeAvailability[]> {
  const commune = territory.commune(communeCode);
  if (!commune) return [];
  const rows = await db.careResource.findMany({
    where: { active: true, coverage: { some: { communeCode: { in: [commune.code, ...commune.neighbours] } } } },
    select: { type: true, coverage: { where: { communeCode: commune.code }, select: { communeCode: true } } },
  });
  const byType = new Map<string, TypeAvailability>();
  for (const row of rows) {
    const counts = byType.get(row.type) ?? { type: row.type, covering: 0, nearby: 0 };
    if (row.coverage.length) counts.covering++;
    else counts.nearby++;
    byType.set(row.type, counts);
  }
  const position = (type: string) => (order.includes(type) ? order.indexOf(type) : order.length);
  return [...byType.values()].sort((a, b) => position(a.type) - position(b.type) || (a.type < b.type ? -1 : 1));
}

/** A commune to offer as a button when the conversation asks "which commune?". */
export interface CommuneSuggestion {
  communeCode: string;
  /** Active resources (of the asked type, if any) covering it. */
  count: number;
  /** One of the `preferred` communes (the member's own). */
  preferred: boolean;
}

/**
 * Communes to offer: the `preferred` ones first (the member's practice communes, in their order, even
 * when nothing covers them), then the communes where most active resources are (of `type`, when
 * given), by name on a tie; communes that nothing covers are left out. At most `limit` (default 5).
 */
export async function suggestCommunes(
  db: Database,
  territory: Territory,
  options: { type?: string; preferred?: readonly string[]; limit?: number } = {},
): Promise<CommuneSuggestion[]> {
  const groups = await db.resourceCoverage.groupBy({
    by: ["communeCode"],
    where: { resource: { active: true, ...(options.type === undefined ? {} : { type: options.type }) } },
    _count: { _all: true },
  });
  const counts = new Map(groups.map((g) => [g.communeCode, g._count._all]));
  const preferred = [...new Set(options.preferred ?? [])].filter((code) => territory.commune(code));
  const others = territory.communes
    .map((c) => c.code)
    .filter((code) => !preferred.includes(code) && (counts.get(code) ?? 0) > 0)
    .sort((a, b) => counts.get(b)! - counts.get(a)! || territory.nameOf(a).localeCompare(territory.nameOf(b), "fr"));
  return [
    ...preferred.map((communeCode) => ({ communeCode, count: counts.get(communeCode) ?? 0, preferred: true })),
    ...others.map((communeCode) => ({ communeCode, count: counts.get(communeCode)!, preferred: false })),
  ].slice(0, options.limit ?? 5);
}
