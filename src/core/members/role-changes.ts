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
  source: "import" | "chat" | "cli" | "onboarding";
  now: Date;
}

/** The member's roles before and after, as recorded. */
export interface RoleChangeOutcome {
  before: Role[];
  after: Role[];
  changed: boolean;
}

const BOARD_ROLES: readonly Role[] = [
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
  const change = async (tx: Prisma.TransactionClient) => {
    const current = await tx.memberRole.findMany({ where: { memberId }, orderBy: { role: "asc" } });
    const before = current.map((r) => r.role);
    const remove = (request.remove ?? []).filter((role) => before.includes(role));
    const add = (request.add ?? []).filter((role) => !before.includes(role));
    const after = [...before.filter((role) => !remove.includes(role)), ...add].sort();
    const mandateEndsAt = request.mandateEndsAt;
    if (remove.length) await tx.memberRole.deleteMany({ where: { memberId, role: { in: remove } } });
    for (const role of add) {
      await tx.memberRole.create({
        data: { memberId, role, since: context.now, mandateEndsAt: isBoardRole(role) ? (mandateEndsAt ?? null) : null },
      });
    }
    if (mandateEndsAt !== undefined) {
      await tx.memberRole.updateMany({
        where: { memberId, role: { in: [...BOARD_ROLES] } },
        data: { mandateEndsAt },
      });
    }
    const changed = add.length > 0 || remove.length > 0;
    if (changed) {
      await tx.roleChange.create({
        data: {
          memberId,
          actorId: context.actorId ?? null,
          source: context.source,
          before: JSON.stringify(before),
          after: JSON.stringify(after),
          createdAt: context.now,
        },
      });
    }
    return { before, after, changed };
  };
  return "$transaction" in db ? db.$transaction(change) : change(db);
}
