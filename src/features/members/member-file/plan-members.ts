// What importing a valid member file does, computed before touching anything: who is created, what
// changes for whom, who is no longer in the file, and what stops the import (an e-mail someone else has).
import type { Role } from "../../../core/persistence.ts";
import type { MemberEntry, MemberProblemCode } from "./member-file.ts";
import type { EmailHolder, StoredMember } from "./stored-members.ts";

/** What an update changes; `reactivated`: a member deactivated earlier is back in the file. */
export type MemberChange =
  | "name"
  | "email"
  | "phone"
  | "profession"
  | "roles"
  | "mandateEnds"
  | "communes"
  | "skills"
  | "motivations"
  | "motivationNote"
  | "availability"
  | "quietHours"
  | "language"
  | "channel"
  | "reactivated";

export interface MemberUpdate {
  id: number;
  entry: MemberEntry;
  changes: MemberChange[];
  roles: { before: Role[]; after: Role[] };
  /** What the member said in chat of their hours a month, kept when the file replaces their slots. */
  hoursPerMonth: number | undefined;
}

/** A member imported earlier whom the file no longer lists. */
export interface MissingMember {
  id: number;
  key: string;
  name: string;
}

export interface MemberPlan {
  create: MemberEntry[];
  update: MemberUpdate[];
  /** Keys of the members the file leaves as they are. */
  unchanged: string[];
  /** Members of earlier imports (not deactivated) the file no longer lists: kept, deactivated only when asked. */
  missing: MissingMember[];
}

/** Something in the database that stops a valid file from being applied. */
export interface MemberConflict {
  entry: MemberEntry;
  code: Extract<MemberProblemCode, "email_taken">;
  message: string;
}

/**
 * Compares the file's entries with the stored members, by key. Fields an entry leaves undefined (not
 * in the file) are not compared: the import leaves them as they are.
 */
export function planMemberChanges(stored: readonly StoredMember[], entries: readonly MemberEntry[]): MemberPlan {
  const byKey = new Map(stored.map((m) => [m.key, m]));
  const plan: MemberPlan = { create: [], update: [], unchanged: [], missing: [] };
  for (const entry of entries) {
    const existing = byKey.get(entry.key);
    if (!existing) {
      plan.create.push(entry);
      continue;
    }
    const changes = changesOf(existing, entry);
    if (changes.length)
      plan.update.push({
        id: existing.id,
        entry,
        changes,
        roles: { before: existing.roles, after: entry.roles },
        hoursPerMonth: existing.hoursPerMonth,
      });
    else plan.unchanged.push(entry.key);
  }
  const listed = new Set(entries.map((e) => e.key));
  for (const member of stored) {
    if (member.status !== "inactive" && !listed.has(member.key)) {
      plan.missing.push({ id: member.id, key: member.key, name: member.displayName });
    }
  }
  return plan;
}

/**
 * What the database forbids: an e-mail held by another member (met in chat, or imported under another
 * key) that the file does not give a new e-mail. (An erased member keeps neither key nor e-mail.)
 */
export function memberConflicts(
  holders: ReadonlyMap<string, EmailHolder>,
  entries: readonly MemberEntry[],
): MemberConflict[] {
  const fileEmailOf = new Map(entries.map((e) => [e.key, e.email]));
  const conflicts: MemberConflict[] = [];
  for (const entry of entries) {
    const holder = holders.get(entry.email);
    if (!holder || holder.key === entry.key) continue;
    const released = holder.key !== null && fileEmailOf.has(holder.key) && fileEmailOf.get(holder.key) !== entry.email;
    if (released) continue;
    const who = holder.key === null ? "met in chat, not in the member file" : `key ${holder.key}, not in this file`;
    const message = `"${entry.email}" is already the e-mail of another member, n° ${holder.id} ${holder.displayName} (${who})`;
    conflicts.push({ entry, code: "email_taken", message });
  }
  return conflicts;
}

const same = (a: readonly string[], b: readonly string[]) => a.join("\n") === b.join("\n");

function changesOf(stored: StoredMember, entry: MemberEntry): MemberChange[] {
  const changes: MemberChange[] = [];
  const given = <T>(value: T | undefined, differs: (value: T) => boolean) => value !== undefined && differs(value);
  if (stored.displayName !== entry.name) changes.push("name");
  if (stored.email !== entry.email) changes.push("email");
  if (given(entry.phone, (phone) => phone !== stored.phone)) changes.push("phone");
  if (stored.profession !== entry.profession) changes.push("profession");
  if (!same(stored.roles, entry.roles)) changes.push("roles");
  const mandate = entry.mandateEndsAt?.getTime();
  if (mandate !== undefined && stored.boardMandates.some((m) => m?.getTime() !== mandate)) changes.push("mandateEnds");
  if (given(entry.communeCodes, (codes) => !same(codes, stored.communeCodes))) changes.push("communes");
  if (given(entry.skills, (skills) => !same(skills, stored.skills))) changes.push("skills");
  if (given(entry.motivations, (motivations) => !same(motivations, stored.motivations))) changes.push("motivations");
  if (given(entry.motivationNote, (note) => note !== stored.motivationNote)) changes.push("motivationNote");
  if (given(entry.availability, (slots) => !same(slots, stored.availability))) changes.push("availability");
  const quiet = (q: { start: string; end: string } | null) => (q ? `${q.start}-${q.end}` : null);
  if (given(entry.quietHours, (q) => quiet(q) !== quiet(stored.quietHours))) changes.push("quietHours");
  if (given(entry.locale, (locale) => locale !== stored.locale)) changes.push("language");
  if (given(entry.channel, (channel) => channel !== stored.channel)) changes.push("channel");
  if (stored.status !== "active") changes.push("reactivated");
  return changes;
}

/** The plan in numbers, for a summary line. */
export const memberPlanCounts = (plan: MemberPlan) => ({
  created: plan.create.length,
  updated: plan.update.length,
  unchanged: plan.unchanged.length,
  missing: plan.missing.length,
});
