// Two chat identities proven to be one person become one member: every row of the other member follows.
import type { Database, Role } from "../persistence.ts";
import { MEMBER_REFERENCES } from "./member-references.ts";
import { changeRoles } from "./role-changes.ts";

export interface MergeRequest {
  /** The member that disappears (usually the guest created on a channel's first contact). */
  from: number;
  /** The member that stays, with everything of `from` now its own. */
  into: number;
  now: Date;
  /** Who asked for it (the member typing the link code). */
  actorId?: number;
}

/** What the member that stays gained. */
export interface MergeOutcome {
  identities: number;
  rolesAdded: Role[];
}

/**
 * Makes two members one, in one transaction: every row of `from` (identities, conversation states,
 * requests, registrations, deliveries…) becomes `into`'s, as {@link MEMBER_REFERENCES} says; the
 * profile of `into` keeps its values and takes those it lacks from `from`; then the emptied `from`
 * is deleted.
 */
export async function mergeMembers(db: Database, { from, into, now, actorId }: MergeRequest): Promise<MergeOutcome> {
  if (from === into) throw new Error(`Cannot merge member ${from} into itself`);
  return db.$transaction(async (tx) => {
    const [source, target] = await Promise.all([
      tx.member.findUniqueOrThrow({ where: { id: from }, include: { roles: true } }),
      tx.member.findUniqueOrThrow({ where: { id: into } }),
    ]);
    const identities = await tx.platformIdentity.count({ where: { memberId: from } });
    let rolesAdded: Role[] = [];
    for (const { table, column, merge } of MEMBER_REFERENCES) {
      // Table and column names come from the list above, never from input.
      const where = `"${column}" = ?`;
      if (merge === "roles") {
        const outcome = await changeRoles(
          tx,
          into,
          { add: source.roles.map((r) => r.role) },
          { source: "link", now, ...(actorId ? { actorId } : {}) },
        );
        rolesAdded = outcome.after.filter((role) => !outcome.before.includes(role));
        await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE ${where}`, from);
      } else if (merge === "drop") {
        await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE ${where}`, from);
      } else {
        const update = merge === "union" ? "UPDATE OR IGNORE" : "UPDATE";
        await tx.$executeRawUnsafe(`${update} "${table}" SET "${column}" = ? WHERE ${where}`, into, from);
        if (merge === "union") await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE ${where}`, from);
      }
    }
    await tx.member.update({
      where: { id: into },
      data: {
        locale: target.locale ?? source.locale,
        lastLocale: target.lastLocale ?? source.lastLocale,
        preferredChannel: target.preferredChannel ?? source.preferredChannel,
        welcomedAt: earliest(target.welcomedAt, source.welcomedAt),
        lastSeenAt: latest(target.lastSeenAt, source.lastSeenAt),
      },
    });
    await tx.member.delete({ where: { id: from } });
    return { identities, rolesAdded };
  });
}

const earliest = (a: Date | null, b: Date | null) => (a && b ? (a < b ? a : b) : (a ?? b));
const latest = (a: Date | null, b: Date | null) => (a && b ? (a > b ? a : b) : (a ?? b));
