import type { Database, Prisma, Role } from "../persistence.ts";

export interface RoleChangeRequest {
  add?: readonly Role[];
  remove?: readonly Role[];
  /** End of the mandate of board positions added (or kept) by this change. */
  mandateEndsAt?: Date | null;
}

export interface RoleChangeContext {
  /** The member who made the change; none for the member file or the command line. */
  actorId?: number;
  /** "link": roles a member brought along when two members were merged by linking their accounts. */
  source: "import" | "chat" | "cli" | "onboarding" | "link";
  now: Date;
}

/** The member's roles before and after, as recorded. */
export interface RoleChangeOutcome {
  before: Role[];
  after: Role[];
  changed: boolean;
}

/** The board's positions (the association's officers, with a mandate). */
export const BOARD_ROLES: readonly Role[] = [
  "board_president",
  "board_vice_president",
  "board_treasurer",
  "board_secretary",
  "board_member",
];

export const isBoardRole = (role: Role): boolean => BOARD_ROLES.includes(role);

/**
 * Adds and removes roles of a member in one transaction, and records who changed what, when, from
 * which roles to which (`RoleChange`). A change that changes nothing records nothing. Given a
 * transaction (an import applying a whole file), the change is part of it.
 */
export async function changeRoles(
  db: Database | Prisma.TransactionClient,
  memberId: number,
  request: RoleChangeRequest,
  context: RoleChangeContext,
): Promise<RoleChangeOutcome> {
  const [outcome] = await changeRolesOfMany(db, [{ memberId, request }], context);
  return outcome!;
}

/**
 * {@link changeRoles} for several members at once (a member file of thousands): the same rules and the
 * same records, in a handful of statements rather than a few per member. Outcomes in the order given;
 * each member appears once.
 */
export async function changeRolesOfMany(
  db: Database | Prisma.TransactionClient,
  changes: readonly { memberId: number; request: RoleChangeRequest }[],
  context: RoleChangeContext,
): Promise<RoleChangeOutcome[]> {
  const apply = async (tx: Prisma.TransactionClient) => {
    const memberIds = changes.map((c) => c.memberId);
    // No orderBy: Prisma then splits a long `in` list to stay under SQLite's limit of bound parameters.
    const current = await tx.memberRole.findMany({ where: { memberId: { in: memberIds } } });
    const held = new Map<number, Role[]>();
    for (const { memberId, role } of current) held.set(memberId, [...(held.get(memberId) ?? []), role]);
    for (const roles of held.values()) roles.sort();
    const created: Prisma.MemberRoleCreateManyInput[] = [];
    const records: Prisma.RoleChangeCreateManyInput[] = [];
    const mandates = new Map<number | null, { mandateEndsAt: Date | null; memberIds: number[] }>();
    const outcomes: RoleChangeOutcome[] = [];
    for (const { memberId, request } of changes) {
      const before = held.get(memberId) ?? [];
      const remove = [...new Set(request.remove ?? [])].filter((role) => before.includes(role));
      const add = [...new Set(request.add ?? [])].filter((role) => !before.includes(role));
      const after = [...before.filter((role) => !remove.includes(role)), ...add].sort();
      const { mandateEndsAt } = request;
      if (remove.length) await tx.memberRole.deleteMany({ where: { memberId, role: { in: remove } } });
      for (const role of add) {
        const mandate = isBoardRole(role) ? (mandateEndsAt ?? null) : null;
        created.push({ memberId, role, since: context.now, mandateEndsAt: mandate });
      }
      if (mandateEndsAt !== undefined) {
        const key = mandateEndsAt?.getTime() ?? null;
        const group = mandates.get(key) ?? { mandateEndsAt, memberIds: [] };
        group.memberIds.push(memberId);
        mandates.set(key, group);
      }
      const changed = add.length > 0 || remove.length > 0;
      if (changed) {
        records.push({
          memberId,
          actorId: context.actorId ?? null,
          source: context.source,
          before: JSON.stringify(before),
          after: JSON.stringify(after),
          createdAt: context.now,
        });
      }
      outcomes.push({ before, after, changed });
    }
    if (created.length) await tx.memberRole.createMany({ data: created });
    for (const { mandateEndsAt, memberIds: ids } of mandates.values()) {
      await tx.memberRole.updateMany({
        where: { memberId: { in: ids }, role: { in: [...BOARD_ROLES] } },
        data: { mandateEndsAt },
      });
    }
    if (records.length) await tx.roleChange.createMany({ data: records });
    return outcomes;
  };
  return "$transaction" in db ? db.$transaction(apply) : apply(db);
}
