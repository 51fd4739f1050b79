// Who is who in governance: the board positions, who sees the tasks, who changes the calendar.
import { hasRole, type MemberProfile, type Role } from "../../core/members/member-profile.ts";

export const BOARD_ROLES = [
  "board_president",
  "board_vice_president",
  "board_treasurer",
  "board_secretary",
  "board_member",
] as const satisfies readonly Role[];

/** Positions a task may be owned by: the board's, and the director's. */
export const OWNER_ROLES = [...BOARD_ROLES, "director"] as const satisfies readonly Role[];
export type OwnerRole = (typeof OWNER_ROLES)[number];
export const isOwnerRole = (value: string): value is OwnerRole => (OWNER_ROLES as readonly string[]).includes(value);

/** Who sees governance tasks. */
export const VIEWER_ROLES = [...BOARD_ROLES, "director", "coordinator"] as const satisfies readonly Role[];

/** Who changes the calendar: create, edit and cancel tasks and meetings, accept agenda items. */
export const MANAGER_ROLES = ["board_president", "director", "coordinator"] as const satisfies readonly Role[];

/** Who decides on proposed agenda items and receives candidacies' news: the managers and the secrétaire général. */
export const AGENDA_ROLES = [...MANAGER_ROLES, "board_secretary"] as const satisfies readonly Role[];

type Who = Pick<MemberProfile, "roles" | "status">;

export const isManager = (member: Who): boolean => hasRole(member, ...MANAGER_ROLES);
/** Director and coordinators see every task; board members theirs and the board's. */
export const seesAll = (member: Who): boolean => hasRole(member, "director", "coordinator");
