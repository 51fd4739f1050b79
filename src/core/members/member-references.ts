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
  /**
   * `theirs`: the row is about the member (their role, their request, a message to them); `acted`: the
   * member acted on something of someone else's (a request they handled, a role they changed). The
   * member's export holds their rows whole, and only the ids of what they acted on.
   */
  kind: "theirs" | "acted";
  merge: OnMerge;
  erase: OnErase;
}

export const MEMBER_REFERENCES: readonly MemberReference[] = [
  { table: "MemberRole", column: "memberId", kind: "theirs", merge: "roles", erase: "delete" },
  { table: "RoleChange", column: "memberId", kind: "theirs", merge: "move", erase: "delete" },
  { table: "RoleChange", column: "actorId", kind: "acted", merge: "move", erase: "keep" },
  { table: "LinkCode", column: "memberId", kind: "theirs", merge: "drop", erase: "delete" },
  { table: "LinkAttempt", column: "memberId", kind: "theirs", merge: "drop", erase: "delete" },
  { table: "MemberCommune", column: "memberId", kind: "theirs", merge: "union", erase: "delete" },
  { table: "MemberTag", column: "memberId", kind: "theirs", merge: "union", erase: "delete" },
  { table: "PlatformIdentity", column: "memberId", kind: "theirs", merge: "move", erase: "delete" },
  { table: "CoordinationRequest", column: "requesterId", kind: "theirs", merge: "move", erase: "keep" },
  { table: "CoordinationRequest", column: "assigneeId", kind: "acted", merge: "move", erase: "keep" },
  { table: "RequestEvent", column: "actorId", kind: "acted", merge: "move", erase: "keep" },
  { table: "TrainingRegistration", column: "memberId", kind: "theirs", merge: "union", erase: "keep" },
  { table: "MissionAssignment", column: "memberId", kind: "theirs", merge: "union", erase: "keep" },
  { table: "Mission", column: "createdById", kind: "acted", merge: "move", erase: "keep" },
  { table: "Mission", column: "contactId", kind: "acted", merge: "move", erase: "keep" },
  { table: "MissionEvent", column: "actorId", kind: "acted", merge: "move", erase: "keep" },
  { table: "MissionEvent", column: "memberId", kind: "theirs", merge: "move", erase: "keep" },
  { table: "GovernanceTask", column: "ownerId", kind: "acted", merge: "move", erase: "keep" },
  { table: "GovernanceTask", column: "completedById", kind: "acted", merge: "move", erase: "keep" },
  { table: "GovernanceTask", column: "createdById", kind: "acted", merge: "move", erase: "keep" },
  { table: "GovernanceEvent", column: "actorId", kind: "acted", merge: "move", erase: "keep" },
  { table: "Meeting", column: "createdById", kind: "acted", merge: "move", erase: "keep" },
  { table: "AgendaItem", column: "proposedById", kind: "acted", merge: "move", erase: "keep" },
  { table: "MeetingAttendance", column: "memberId", kind: "theirs", merge: "union", erase: "keep" },
  { table: "MeetingAttendance", column: "proxyToId", kind: "acted", merge: "move", erase: "keep" },
  { table: "Announcement", column: "authorId", kind: "acted", merge: "move", erase: "keep" },
  { table: "AnnouncementEvent", column: "actorId", kind: "acted", merge: "move", erase: "keep" },
  { table: "AudienceList", column: "createdById", kind: "acted", merge: "move", erase: "keep" },
  { table: "Delivery", column: "memberId", kind: "theirs", merge: "union", erase: "delete" },
  { table: "ConversationState", column: "memberId", kind: "theirs", merge: "union", erase: "delete" },
  { table: "ConversationNotice", column: "memberId", kind: "theirs", merge: "union", erase: "delete" },
  // Columns without a foreign key: metadata of handled messages, and who approved an erasure.
  { table: "ConversationLog", column: "memberId", kind: "theirs", merge: "move", erase: "delete" },
  { table: "Member", column: "erasureApproverId", kind: "acted", merge: "move", erase: "keep" },
];
