import type { Database, Prisma } from "../../../core/persistence.ts";
import type { DirectoryProblem, ParsedDirectory } from "./directory-file.ts";
import { type DirectoryPlan, planDirectoryChanges, type StoredResource } from "./plan-changes.ts";
import { type DirectoryContext, type DirectoryEntry, validateDirectory } from "./validate-directory.ts";

type Client = Database | Prisma.TransactionClient;

/** A directory file imported (or, with `dryRun`, what importing it would do). */
export interface DirectoryImport {
  file: string;
  plan: DirectoryPlan;
  warnings: DirectoryProblem[];
  /** False for a dry run: nothing was written. */
  applied: boolean;
}

/** The answer of {@link importDirectory}: the changes, or every problem of the file (nothing was written). */
export type ImportOutcome =
  | { ok: true; value: DirectoryImport }
  | { ok: false; error: "directory.invalid"; problems: DirectoryProblem[]; warnings: DirectoryProblem[] };

/** A big file on a slow disk must not hit Prisma's 5-second default for interactive transactions. */
const TRANSACTION_TIMEOUT_MS = 120_000;

/**
 * Validates a parsed directory file and, when every row is valid, applies it in one transaction:
 * resources are created or updated by key, their coverage replaced, and the active resources the
 * file no longer lists are deactivated (kept, not deleted). A file with any problem changes nothing.
 */
export async function importDirectory(
  db: Database,
  context: DirectoryContext,
  parsed: ParsedDirectory,
  options: { dryRun?: boolean } = {},
): Promise<ImportOutcome> {
  const { entries, problems, warnings } = validateDirectory(parsed, context);
  if (problems.length) return { ok: false, error: "directory.invalid", problems, warnings };
  if (options.dryRun) {
    const plan = planDirectoryChanges(await loadStoredResources(db), entries);
    return { ok: true, value: { file: parsed.file, plan, warnings, applied: false } };
  }
  const plan = await db.$transaction(
    async (tx) => {
      const plan = planDirectoryChanges(await loadStoredResources(tx), entries);
      await applyPlan(tx, plan);
      return plan;
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
  return { ok: true, value: { file: parsed.file, plan, warnings, applied: true } };
}

/** Every resource of the directory, active or not, with its coverage. */
export async function loadStoredResources(db: Client): Promise<StoredResource[]> {
  const rows = await db.careResource.findMany({
    include: { coverage: { select: { communeCode: true } } },
    orderBy: { id: "asc" },
  });
  return rows.map(({ coverage, createdAt: _created, updatedAt: _updated, ...resource }) => ({
    ...resource,
    communeCodes: coverage.map((c) => c.communeCode),
  }));
}

/** Batched: one statement for all creations, one per update, one each to clear and write coverage. */
async function applyPlan(tx: Prisma.TransactionClient, plan: DirectoryPlan): Promise<void> {
  await tx.careResource.createMany({ data: plan.create.map((entry) => ({ key: entry.key, ...columns(entry) })) });
  const created = await tx.careResource.findMany({
    where: { key: { in: plan.create.map((e) => e.key) } },
    select: { id: true, key: true },
  });
  const idOf = new Map(created.map((r) => [r.key, r.id]));
  const withNewCoverage = plan.update.filter((u) => u.fields.includes("communes"));
  for (const { id, entry } of plan.update) {
    await tx.careResource.update({ where: { id }, data: { ...columns(entry), active: true } });
  }
  await tx.resourceCoverage.deleteMany({ where: { resourceId: { in: withNewCoverage.map((u) => u.id) } } });
  const coverage = [
    ...plan.create.map((entry) => ({ id: idOf.get(entry.key)!, entry })),
    ...withNewCoverage.map(({ id, entry }) => ({ id, entry })),
  ].flatMap(({ id, entry }) => entry.communeCodes.map((communeCode) => ({ resourceId: id, communeCode })));
  await tx.resourceCoverage.createMany({ data: coverage });
  if (plan.deactivate.length) {
    await tx.careResource.updateMany({
      where: { id: { in: plan.deactivate.map((r) => r.id) } },
      data: { active: false },
    });
  }
}

function columns(entry: DirectoryEntry) {
  const { type, name, description, address, phone, email, website, hours, howToRefer, lastCheckedAt } = entry;
  return { type, name, description, address, phone, email, website, hours, howToRefer, lastCheckedAt };
}
