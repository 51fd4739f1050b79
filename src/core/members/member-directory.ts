import type { Clock } from "../clock.ts";
import type { ChannelName, SenderRef } from "../inbound.ts";
import { isLocale } from "../locale.ts";
import type { Database, Prisma } from "../persistence.ts";
import { storedQuietHours } from "../quiet-hours.ts";
import type { MemberProfile } from "./member-profile.ts";

/** Display name of a guest whose platform did not give one. */
export const GUEST_NAME = "Invité";

const PROFILE_INCLUDE = { roles: true, communes: true } as const;
/** lastSeenAt is refreshed at most this often, so a chatty member does not cost a write per message. */
const SEEN_RESOLUTION_MS = 60_000;

type MemberRow = NonNullable<Awaited<ReturnType<Database["member"]["findUnique"]>>> & {
  roles: { role: MemberProfile["roles"][number] }[];
  communes: { communeCode: string }[];
};

function toProfile(row: MemberRow): MemberProfile {
  return {
    id: row.id,
    key: row.key,
    displayName: row.displayName,
    status: row.status,
    email: row.email,
    profession: row.profession,
    roles: row.roles.map((r) => r.role),
    communes: row.communes.map((c) => c.communeCode),
    phone: row.phone,
    locale: isLocale(row.locale) ? row.locale : null,
    lastLocale: isLocale(row.lastLocale) ? row.lastLocale : null,
    timezone: row.timezone,
    preferredChannel: row.preferredChannel,
    quietHours: storedQuietHours(row),
    welcomedAt: row.welcomedAt,
    approvedAt: row.approvedAt,
  };
}

/**
 * Finds the member behind a platform identity. An unknown user becomes a guest member on first
 * contact (never an error); when the platform shares an e-mail matching an imported member, the
 * identity is linked to that member instead.
 */
export class MemberDirectory {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async resolve(channel: ChannelName, workspaceId: string, sender: SenderRef): Promise<MemberProfile> {
    const key = { channel, workspaceId, externalUserId: sender.externalUserId };
    const identity = await this.db.platformIdentity.findUnique({
      where: { channel_workspaceId_externalUserId: key },
      include: { member: { include: PROFILE_INCLUDE } },
    });
    if (identity) {
      await this.touch(identity.id, identity.lastSeenAt);
      return toProfile(identity.member);
    }
    try {
      return await this.createIdentity(key, sender);
    } catch (error) {
      // Two first messages of the same user raced: the other one created the identity.
      if ((error as { code?: string }).code !== "P2002") throw error;
      const existing = await this.db.platformIdentity.findUniqueOrThrow({
        where: { channel_workspaceId_externalUserId: key },
        include: { member: { include: PROFILE_INCLUDE } },
      });
      return toProfile(existing.member);
    }
  }

  async load(memberId: number): Promise<MemberProfile | undefined> {
    const row = await this.db.member.findUnique({ where: { id: memberId }, include: PROFILE_INCLUDE });
    return row ? toProfile(row) : undefined;
  }

  /** The profiles of the members matching `where`, by id. */
  async list(where: Prisma.MemberWhereInput): Promise<MemberProfile[]> {
    const rows = await this.db.member.findMany({ where, include: PROFILE_INCLUDE, orderBy: { id: "asc" } });
    return rows.map(toProfile);
  }

  private async createIdentity(
    key: { channel: ChannelName; workspaceId: string; externalUserId: string },
    sender: SenderRef,
  ): Promise<MemberProfile> {
    const now = this.clock.now();
    const email = sender.email?.trim().toLowerCase();
    const known = email ? await this.db.member.findUnique({ where: { email } }) : null;
    const identity = await this.db.platformIdentity.create({
      data: {
        ...key,
        displayName: sender.displayName ?? null,
        lastSeenAt: now,
        member: known
          ? { connect: { id: known.id } }
          : { create: { displayName: sender.displayName?.trim() || GUEST_NAME, status: "guest", lastSeenAt: now } },
      },
      include: { member: { include: PROFILE_INCLUDE } },
    });
    return toProfile(identity.member);
  }

  private async touch(identityId: number, lastSeenAt: Date | null): Promise<void> {
    const now = this.clock.now();
    if (lastSeenAt && now.getTime() - lastSeenAt.getTime() < SEEN_RESOLUTION_MS) return;
    await this.db.platformIdentity.update({
      where: { id: identityId },
      data: { lastSeenAt: now, member: { update: { lastSeenAt: now } } },
    });
  }

  /**
   * Marks the member as welcomed, once: true for the call that did it, false when another message of
   * theirs got there first (two first messages at once are welcomed once).
   */
  async markWelcomed(memberId: number): Promise<boolean> {
    const { count } = await this.db.member.updateMany({
      where: { id: memberId, welcomedAt: null },
      data: { welcomedAt: this.clock.now() },
    });
    return count === 1;
  }

  /** Remembers the language a member last wrote in, for proactive messages and button clicks. */
  async rememberLocale(member: MemberProfile, locale: MemberProfile["lastLocale"]): Promise<void> {
    if (!locale || member.lastLocale === locale) return;
    await this.db.member.update({ where: { id: member.id }, data: { lastLocale: locale } });
  }
}
