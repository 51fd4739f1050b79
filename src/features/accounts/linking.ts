// Linking and unlinking chat identities: which member stays, and what the other one becomes.
import { fail, ok, type Result } from "../../core/errors.ts";
import { GUEST_NAME } from "../../core/members/member-directory.ts";
import { mergeMembers } from "../../core/members/merge-members.ts";
import type { Channel, Database } from "../../core/persistence.ts";
import { LinkCodes, type RedeemError } from "./link-codes.ts";

export type LinkError =
  | RedeemError
  | "accounts.link.bothRegistered"
  | "accounts.link.wrongWay"
  | "accounts.link.erasure";

export interface Linked {
  /** The member both identities now belong to. */
  memberId: number;
  rolesAdded: string[];
}

/**
 * `/lier <code>` typed by an identity whose member is `typistId`: that identity (and the guest of its
 * first contact) joins the code's member. The code proves control of the account whose profile is
 * shared, so it must come from the registered side: a registered member typing a guest's code is
 * refused (someone could hand them their code to get into their profile), and two registered
 * members are not merged by chat: the coordination team decides.
 */
export async function linkByCode(
  db: Database,
  typistId: number,
  code: string,
  now: Date,
): Promise<Result<Linked, LinkError>> {
  const codes = new LinkCodes(db);
  const checked = await codes.check(typistId, code, now);
  if (!checked.ok) return checked;
  const [owner, typist] = await Promise.all([
    db.member.findUniqueOrThrow({ where: { id: checked.value.memberId } }),
    db.member.findUniqueOrThrow({ where: { id: typistId } }),
  ]);
  if ([owner, typist].some((m) => m.erasureRequestedAt || m.anonymizedAt)) return fail("accounts.link.erasure");
  if (typist.status !== "guest") {
    return fail(owner.status === "guest" ? "accounts.link.wrongWay" : "accounts.link.bothRegistered");
  }
  if (!(await codes.use(checked.value.codeId, now))) return fail("accounts.link.usedCode", { left: 0 });
  const merged = await mergeMembers(db, { from: typist.id, into: owner.id, now, actorId: owner.id });
  return ok({ memberId: owner.id, rolesAdded: merged.rolesAdded });
}

export type UnlinkError = "accounts.unlink.none" | "accounts.unlink.last";

/**
 * `/delier <channel>`: the member's identities on that channel leave the member and start again as a
 * new guest, with nothing of the member's (no roles, no history). The member keeps at least one identity.
 */
export async function unlinkChannel(
  db: Database,
  memberId: number,
  channel: Channel,
  now: Date,
): Promise<Result<{ guestId: number }, UnlinkError>> {
  return db.$transaction(async (tx) => {
    const identities = await tx.platformIdentity.findMany({ where: { memberId }, orderBy: { id: "asc" } });
    const leaving = identities.filter((i) => i.channel === channel);
    if (leaving.length === 0) return fail("accounts.unlink.none");
    if (leaving.length === identities.length) return fail("accounts.unlink.last");
    const guest = await tx.member.create({
      data: { displayName: leaving[0]!.displayName?.trim() || GUEST_NAME, status: "guest", lastSeenAt: now },
    });
    await tx.platformIdentity.updateMany({
      where: { id: { in: leaving.map((i) => i.id) } },
      data: { memberId: guest.id },
    });
    // The dialogue in progress on that channel ends with the link.
    await tx.conversationState.deleteMany({ where: { memberId, channel } });
    await tx.member.updateMany({
      where: { id: memberId, preferredChannel: channel },
      data: { preferredChannel: null },
    });
    return ok({ guestId: guest.id });
  });
}

/** The channels the member has an identity on, with when each was last used. */
export async function linkedChannels(
  db: Database,
  memberId: number,
): Promise<{ channel: Channel; workspaceId: string; lastSeenAt: Date | null }[]> {
  return db.platformIdentity.findMany({
    where: { memberId },
    select: { channel: true, workspaceId: true, lastSeenAt: true },
    orderBy: { id: "asc" },
  });
}
