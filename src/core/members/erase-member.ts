// Carrying out an erasure along the list of member columns, in two steps around telling the member.
import { dropDeletedContent } from "../../db/client.ts";
import type { Database, Prisma } from "../persistence.ts";
import { MEMBER_REFERENCES } from "./member-references.ts";
import { profileStrings } from "./profile-strings.ts";
import { type ScrubOutcome, scrubText } from "./scrub-text.ts";

/** Kept until the member has been told their data is erased: the way to reach them. */
const KEPT_UNTIL_TOLD = "PlatformIdentity";

export interface ErasureOptions {
  /** « membre supprimé n° 12 »: what the member's row becomes and what replaces their strings. */
  label: string;
  now: Date;
}

export type AnonymiseOutcome = { status: "anonymised"; scrub: ScrubOutcome } | { status: "already" | "unknown" };

/** Deletes the member's rows of every table whose rows about them go (see {@link MEMBER_REFERENCES}). */
async function deleteTheirRows(tx: Prisma.TransactionClient, memberId: number, except?: string): Promise<void> {
  for (const { table, column, erase } of MEMBER_REFERENCES) {
    if (erase === "delete" && table !== except) {
      await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE "${column}" = ?`, memberId);
    }
  }
}

/**
 * What the history keeps of the member loses what was theirs alone: the names their identities carry,
 * a request's call-back number and conversation, a reason to decline a mission; what was still to
 * come (a mission offered or waited for, a training not held yet) is withdrawn.
 */
async function blankKeptRows(tx: Prisma.TransactionClient, memberId: number, now: Date): Promise<void> {
  await tx.platformIdentity.updateMany({ where: { memberId }, data: { displayName: null } });
  await tx.coordinationRequest.updateMany({
    where: { requesterId: memberId },
    data: { callback: null, sourceConversationId: null },
  });
  await tx.missionAssignment.updateMany({ where: { memberId }, data: { declineReason: null } });
  await tx.missionAssignment.updateMany({
    where: { memberId, status: { in: ["offered", "waitlisted"] } },
    data: { status: "withdrawn", withdrawnAt: now },
  });
  await tx.trainingRegistration.updateMany({
    where: { memberId, status: "registered", training: { startsAt: { gt: now } } },
    data: { status: "cancelled" },
  });
}

/** Turns on SQLite's secure delete for this transaction's connection: what it deletes is overwritten. */
const secureDelete = (tx: Prisma.TransactionClient) => tx.$queryRawUnsafe("PRAGMA secure_delete = ON");

/**
 * First step of an erasure, in one transaction: the member's row becomes « membre supprimé n° id »
 * (no name, e-mail, phone, profession, preferences, motivation, availability, roles, communes, tags),
 * their conversation states, notices, logs and messages received are deleted, the history they are
 * part of (requests, missions, registrations, governance, announcements) stays attributed to that
 * label, and every string of their profile is replaced by the label in every text of every table.
 * Their chat identities stay, without names, until they are told ({@link forgetMember}).
 */
export async function anonymiseMember(
  db: Database,
  memberId: number,
  { label, now }: ErasureOptions,
): Promise<AnonymiseOutcome> {
  return db.$transaction(async (tx) => {
    await secureDelete(tx);
    const member = await tx.member.findUnique({ where: { id: memberId }, include: { identities: true } });
    if (!member) return { status: "unknown" };
    if (member.anonymizedAt) return { status: "already" };
    const strings = profileStrings({ ...member, identityNames: member.identities.map((i) => i.displayName) });
    await deleteTheirRows(tx, memberId, KEPT_UNTIL_TOLD);
    await blankKeptRows(tx, memberId, now);
    await tx.member.update({
      where: { id: memberId },
      data: {
        displayName: label,
        status: "inactive",
        key: null,
        email: null,
        phone: null,
        profession: null,
        quietHoursStart: null,
        quietHoursEnd: null,
        preferredChannel: null,
        availability: null,
        motivationNote: null,
        welcomedAt: null,
        approvedAt: null,
        deactivatedAt: now,
        lastSeenAt: null,
        anonymizedAt: now,
      },
    });
    return { status: "anonymised", scrub: await scrubText(tx, strings, label) };
  });
}

/**
 * Last step, once the member has been told: their identities and every row of theirs written since
 * (the confirmation message itself, a message they sent meanwhile) are deleted, their language is
 * forgotten, then the database file is rewritten without deleted content. Safe to run again.
 */
export async function forgetMember(db: Database, memberId: number): Promise<void> {
  await db.$transaction(async (tx) => {
    await secureDelete(tx);
    await deleteTheirRows(tx, memberId);
    await tx.member.updateMany({
      where: { id: memberId, anonymizedAt: { not: null } },
      data: { locale: null, lastLocale: null },
    });
  });
  await dropDeletedContent(db);
}
