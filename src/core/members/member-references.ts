/**
 * Every column of the database that points at a member, and what becomes of its rows when two members
 * are merged (linking two chat accounts) or when a member is erased. Merging, erasure and the export
 * of a member's data all read this one list, so a table added to the schema is handled by the three
 * at once; test/core/member-references.test.ts fails until a new reference to `Member` is listed here.
 */

/**
 * Merging member A into member B, for the rows of A:
 * - `move`: they become B's;
 * - `union`: they become B's unless B already has the same (a role, a commune, a registration to the
 *   same training…), in which case A's copy is dropped;
 * - `drop`: they are deleted (they made sense for A only: its one-time link codes);
 * - `roles`: B gains A's roles, recorded as a role change.
 */
type OnMerge = "move" | "union" | "drop" | "roles";

/**
 * Erasing a member, for their rows: `delete` them, or `keep` them in the history (requests, missions,
 * governance, announcements), attributed to « membre supprimé n° id » once the member row is blanked.
 */
type OnErase = "delete" | "keep";

export interface MemberReference {
  /** The Prisma model, which is also the SQLite table's name. */
  table: string;
  column: string;
  merge: OnMerge;
  erase: OnErase;
}

export const MEMBER_REFERENCES: readonly MemberReference[] = [
  { table: "MemberRole", column: "memberId", merge: "roles", erase: "delete" },
  { table: "RoleChange", column: "memberId", merge: "move", erase: "delete" },
  { table: "RoleChange", column: "actorId", merge: "move", erase: "keep" },
  { table: "LinkCode", column: "memberId", merge: "drop", erase: "delete" },
  { table: "LinkAttempt", column: "memberId", merge: "drop", erase: "delete" },
  { table: "MemberCommune", column: "memberId", merge: "union", erase: "delete" },
  { table: "MemberTag", column: "memberId", merge: "union", erase: "delete" },
  { table: "PlatformIdentity", column: "memberId", merge: "move", erase: "delete" },
  { table: "CoordinationRequest", column: "requesterId", merge: "move", erase: "keep" },
  { table: "CoordinationRequest", column: "assigneeId", merge: "move", erase: "keep" },
  { table: "RequestEvent", column: "actorId", merge: "move", erase: "keep" },
  { table: "TrainingRegistration", column: "memberId", merge: "union", erase: "keep" },
  { table: "MissionAssignment", column: "memberId", merge: "union", erase: "keep" },
  { table: "Mission", column: "createdById", merge: "move", erase: "keep" },
  { table: "GovernanceTask", column: "assigneeId", merge: "move", erase: "keep" },
  { table: "GovernanceTask", column: "completedById", merge: "move", erase: "keep" },
  { table: "Announcement", column: "authorId", merge: "move", erase: "keep" },
  { table: "Delivery", column: "memberId", merge: "union", erase: "delete" },
  { table: "ConversationState", column: "memberId", merge: "union", erase: "delete" },
  { table: "ConversationNotice", column: "memberId", merge: "union", erase: "delete" },
  // Columns without a foreign key: metadata of handled messages, and who approved an erasure.
  { table: "ConversationLog", column: "memberId", merge: "move", erase: "delete" },
  { table: "Member", column: "erasureApproverId", merge: "move", erase: "keep" },
];
