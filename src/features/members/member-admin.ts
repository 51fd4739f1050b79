// Changing a member's roles and deactivating a member, for the coordination team in chat and for whoever
// runs the bot on the command line: the same rules, every role change recorded through `changeRoles`.
import { fail, ok, type Result } from "../../core/errors.ts";
import { changeRoles, type RoleChangeContext } from "../../core/members/role-changes.ts";
import type { Database, MemberStatus, Role } from "../../core/persistence.ts";

/** A member about to be changed. */
export interface AdminTarget {
  id: number;
  displayName: string;
  status: MemberStatus;
  roles: Role[];
}

export type RoleEditError =
  | "members.error.notFound"
  | "members.error.inactive"
  | "members.error.alreadyHas"
  | "members.error.hasNot";

/** What a role edit did: the member's roles before and after. */
export interface RoleEdit {
  member: AdminTarget;
  role: Role;
  change: "add" | "remove";
  before: Role[];
  after: Role[];
}

/** The member of this id as an admin action needs them; undefined when there is none (or they were erased). */
async function loadTarget(db: Database, memberId: number): Promise<AdminTarget | undefined> {
  const row = await db.member.findUnique({ where: { id: memberId }, include: { roles: { select: { role: true } } } });
  if (!row || row.anonymizedAt) return undefined;
  return { id: row.id, displayName: row.displayName, status: row.status, roles: row.roles.map((r) => r.role).sort() };
}

/**
 * Adds or removes one role. A deactivated member's roles are not changed (they hold none until the member
 * file lists them again); adding a role held, or removing one not held, changes nothing and says so. A
 * board position added keeps the member's current mandate end, if any (the member file sets it).
 */
export async function editRole(
  db: Database,
  memberId: number,
  edit: { role: Role; change: "add" | "remove"; mandateEndsAt?: Date },
  context: RoleChangeContext,
): Promise<Result<RoleEdit, RoleEditError>> {
  const member = await loadTarget(db, memberId);
  if (!member) return fail("members.error.notFound");
  const params = { name: member.displayName };
  if (member.status === "inactive") return fail("members.error.inactive", params);
  const held = member.roles.includes(edit.role);
  if (edit.change === "add" && held) return fail("members.error.alreadyHas", params);
  if (edit.change === "remove" && !held) return fail("members.error.hasNot", params);
  const request =
    edit.change === "add"
      ? { add: [edit.role], ...(edit.mandateEndsAt ? { mandateEndsAt: edit.mandateEndsAt } : {}) }
      : { remove: [edit.role] };
  const { before, after } = await changeRoles(db, memberId, request, context);
  return ok({ member, role: edit.role, change: edit.change, before, after });
}

/**
 * Deactivates a member who left the network: kept (history, requests), no longer messaged, holding no
 * role; the member file lists them again to bring them back.
 */
export async function deactivateMember(
  db: Database,
  memberId: number,
  now: Date,
): Promise<Result<AdminTarget, "members.error.notFound" | "members.error.alreadyInactive">> {
  const member = await loadTarget(db, memberId);
  if (!member) return fail("members.error.notFound");
  if (member.status === "inactive") return fail("members.error.alreadyInactive", { name: member.displayName });
  await db.member.update({ where: { id: memberId }, data: { status: "inactive", deactivatedAt: now } });
  return ok(member);
}
