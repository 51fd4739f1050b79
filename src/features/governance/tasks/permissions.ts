// Who may act on a task, and who sees which tasks.
import type { Precondition } from "../../../core/feature.ts";
import { hasRole, type MemberProfile } from "../../../core/members/member-profile.ts";
import type { Prisma } from "../../../core/persistence.ts";
import { BOARD_ROLES, isManager, MANAGER_ROLES, seesAll, VIEWER_ROLES } from "../roles.ts";
import type { GovernanceTask } from "./task-store.ts";

type Who = Pick<MemberProfile, "id" | "roles" | "status">;

/** Whether the task is the member's: named, or owned by a position they hold. */
export const owns = (member: Who, task: Pick<GovernanceTask, "ownerId" | "ownerRole">): boolean =>
  task.ownerId === member.id ||
  (task.ownerRole !== null && member.status !== "inactive" && member.roles.includes(task.ownerRole));

/** The owner (by name, or holding the position) and the managers complete and snooze a task. */
export const mayHandle = (member: Who, task: Pick<GovernanceTask, "ownerId" | "ownerRole">): boolean =>
  isManager(member) || owns(member, task);

/** Which open tasks a member sees: all for the director and coordinators; for the board, theirs and the board's. */
export function visibleWhere(member: Who): Prisma.GovernanceTaskWhereInput {
  if (seesAll(member)) return {};
  return {
    OR: [
      { ownerId: member.id },
      { ownerRole: { in: [...BOARD_ROLES] } },
      { owner: { roles: { some: { role: { in: [...BOARD_ROLES] } } } } },
    ],
  };
}

/**
 * Only the board, the director and the coordinators see governance tasks; anyone else is told, politely,
 * who does and whom to ask.
 */
export const governanceViewers: Precondition = {
  name: "requireRole(board,director,coordinator)",
  roles: VIEWER_ROLES,
  check: (ctx) =>
    hasRole(ctx.member, ...VIEWER_ROLES) ? { ok: true } : { ok: false, code: "governance.error.viewersOnly" },
};

/** Only the président(s), the director and the coordinators change the calendar. */
export const calendarManagers: Precondition = {
  name: "requireRole(board_president,director,coordinator)",
  roles: MANAGER_ROLES,
  check: (ctx) => (isManager(ctx.member) ? { ok: true } : { ok: false, code: "governance.error.managersOnly" }),
};
