import type { ResourceFields } from "./directory-file.ts";
import type { DirectoryEntry } from "./validate-directory.ts";

/** A resource as the database holds it, with the communes it covers. */
export interface StoredResource extends ResourceFields {
  id: number;
  active: boolean;
}

/** What an update changes; `active` means a resource absent from an earlier file came back. */
export type ChangedField =
  | "type"
  | "name"
  | "description"
  | "communes"
  | "address"
  | "phone"
  | "email"
  | "website"
  | "hours"
  | "howToRefer"
  | "lastChecked"
  | "active";

/** What importing a valid file does to the directory, computed before touching it. */
export interface DirectoryPlan {
  create: DirectoryEntry[];
  update: { id: number; entry: DirectoryEntry; fields: ChangedField[] }[];
  /** Keys of the resources the file leaves as they are. */
  unchanged: string[];
  /** Active resources the file no longer lists: kept, but no longer proposed. */
  deactivate: { id: number; key: string }[];
}

const TEXT_FIELDS = [
  "type",
  "name",
  "description",
  "address",
  "phone",
  "email",
  "website",
  "hours",
  "howToRefer",
] as const;

/**
 * Compares the file's entries with the stored directory, by key. Resources missing from the file are
 * deactivated, never deleted (conversations and requests may refer to them); an inactive resource that
 * comes back is reactivated. Keys in each list follow the file's order, then the database's.
 */
export function planDirectoryChanges(
  stored: readonly StoredResource[],
  entries: readonly DirectoryEntry[],
): DirectoryPlan {
  const byKey = new Map(stored.map((r) => [r.key, r]));
  const plan: DirectoryPlan = { create: [], update: [], unchanged: [], deactivate: [] };
  for (const entry of entries) {
    const existing = byKey.get(entry.key);
    if (!existing) {
      plan.create.push(entry);
      continue;
    }
    const fields = changedFields(existing, entry);
    if (fields.length) plan.update.push({ id: existing.id, entry, fields });
    else plan.unchanged.push(entry.key);
  }
  const listed = new Set(entries.map((e) => e.key));
  for (const resource of stored) {
    if (resource.active && !listed.has(resource.key)) plan.deactivate.push({ id: resource.id, key: resource.key });
  }
  return plan;
}

function changedFields(stored: StoredResource, entry: DirectoryEntry): ChangedField[] {
  const fields: ChangedField[] = TEXT_FIELDS.filter((f) => stored[f] !== entry[f]);
  if ([...stored.communeCodes].sort().join() !== entry.communeCodes.join()) fields.push("communes");
  if (stored.lastCheckedAt.getTime() !== entry.lastCheckedAt.getTime()) fields.push("lastChecked");
  if (!stored.active) fields.push("active");
  return fields;
}

/** The plan in numbers, for a summary line. */
export const planCounts = (plan: DirectoryPlan) => ({
  created: plan.create.length,
  updated: plan.update.length,
  unchanged: plan.unchanged.length,
  deactivated: plan.deactivate.length,
});
