import type { Database, Prisma } from "../../../core/persistence.ts";
import type { Territory } from "../../../core/vocabulary/territory.ts";
import type { ResourceFields } from "./directory-file.ts";

/** An active resource of the directory, as the conversation shows it. */
export interface DirectoryResource extends ResourceFields {
  id: number;
}

/**
 * Why a resource was found, for the conversation to say it: `covers` → "couvre Vitry-sur-Seine" (or
 * "couvre tout le territoire" when `territoryWide`); `neighbour` → "commune voisine : Ivry-sur-Seine",
 * where `communeCode` is the neighbouring commune it covers (the first by name when it covers several).
 */
export type MatchReason =
  | { kind: "covers"; communeCode: string; territoryWide: boolean }
  | { kind: "neighbour"; communeCode: string };

export interface DirectoryHit {
  resource: DirectoryResource;
  reason: MatchReason;
}

export interface DirectoryQuery {
  /** INSEE code of the patient's commune. A code outside the territory finds nothing. */
  communeCode: string;
  /** A resource type key; all types when absent. */
  type?: string;
  /** Page size, 5 by default, at most 50. */
  limit?: number;
  offset?: number;
  /** Also resources of adjacent communes, ranked after those covering the commune (default true). */
  includeNeighbours?: boolean;
}

export interface DirectoryPage {
  hits: DirectoryHit[];
  /** How many resources match in all, for "3 autres…" and a "more" button (next offset: offset + hits.length). */
  total: number;
  offset: number;
  limit: number;
}

const DEFAULT_PAGE_SIZE = 5;
const MAX_PAGE_SIZE = 50;

const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });

const resourceWithCoverage = { coverage: { select: { communeCode: true } } } satisfies Prisma.CareResourceInclude;
type ResourceRow = Prisma.CareResourceGetPayload<{ include: typeof resourceWithCoverage }>;

/**
 * Active resources for a commune, ranked: those covering the commune first (local ones, then those
 * covering the whole territory), then those covering only a neighbouring commune. Within a rank, by
 * name. The directory holds at most a few hundred resources: candidates are ranked in memory, then
 * paged, so `total` is exact and the order stable from one page to the next.
 */
export async function searchDirectory(
  db: Database,
  territory: Territory,
  query: DirectoryQuery,
): Promise<DirectoryPage> {
  const limit = Math.min(Math.max(1, query.limit ?? DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);
  const offset = Math.max(0, query.offset ?? 0);
  const commune = territory.commune(query.communeCode);
  if (!commune) return { hits: [], total: 0, offset, limit };
  const neighbours = query.includeNeighbours === false ? [] : commune.neighbours;
  const rows = await db.careResource.findMany({
    where: {
      active: true,
      ...(query.type === undefined ? {} : { type: query.type }),
      coverage: { some: { communeCode: { in: [commune.code, ...neighbours] } } },
    },
    include: resourceWithCoverage,
  });
  const ranked = rows
    .map((row) => ({ resource: toResource(row), reason: reasonFor(row, commune.code, neighbours, territory) }))
    .sort((a, b) => rank(a.reason) - rank(b.reason) || byName(a.resource, b.resource));
  return { hits: ranked.slice(offset, offset + limit), total: ranked.length, offset, limit };
}

function toResource({
  coverage,
  active: _active,
  createdAt: _created,
  updatedAt: _updated,
  ...fields
}: ResourceRow): DirectoryResource {
  return { ...fields, communeCodes: coverage.map((c) => c.communeCode).sort() };
}

/** True when the resource covers every commune of the territory. */
export const coversWholeTerritory = (communeCodes: readonly string[], territory: Territory): boolean =>
  territory.communes.every((c) => communeCodes.includes(c.code));

function reasonFor(
  row: ResourceRow,
  communeCode: string,
  neighbours: readonly string[],
  territory: Territory,
): MatchReason {
  const covered = row.coverage.map((c) => c.communeCode);
  if (covered.includes(communeCode)) {
    return { kind: "covers", communeCode, territoryWide: coversWholeTerritory(covered, territory) };
  }
  const nearest = neighbours
    .filter((code) => covered.includes(code))
    .sort((a, b) => collator.compare(territory.nameOf(a), territory.nameOf(b)))[0]!;
  return { kind: "neighbour", communeCode: nearest };
}

const rank = (reason: MatchReason): number => (reason.kind === "neighbour" ? 2 : reason.territoryWide ? 1 : 0);

const byName = (a: DirectoryResource, b: DirectoryResource): number =>
  collator.compare(a.name, b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
