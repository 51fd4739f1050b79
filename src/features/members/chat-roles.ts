// Which roles a member may give or take away in chat. The board's positions and the direction are
// the association's officers (their changes are declared to the préfecture): in chat only the
// director changes them; the bot's own administration is never given in chat.
import { hasRole, type MemberProfile, type Role } from "../../core/members/member-profile.ts";
import { BOARD_ROLES } from "../../core/members/role-changes.ts";

const OFFICER_ROLES: ReadonlySet<Role> = new Set<Role>(["director", ...BOARD_ROLES]);

/** Why `actor` may not change `role` in chat (a message key), or undefined when they may. */
export function chatRoleRefusal(actor: Pick<MemberProfile, "roles" | "status">, role: Role): string | undefined {
  if (role === "admin") return "members.error.adminRole";
  if (OFFICER_ROLES.has(role) && !hasRole(actor, "director")) return "members.error.officerRole";
  return undefined;
}
