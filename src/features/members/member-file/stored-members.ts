// The members an import compares the file with: those imported before (by key), as the database holds
// them, and who holds each e-mail (two members cannot share one).
import { readAvailability } from "../../../core/members/availability.ts";
import { isBoardRole } from "../../../core/members/role-changes.ts";
import type { Database, MemberStatus, Prisma, Profession, Role } from "../../../core/persistence.ts";
import { storedQuietHours } from "../../../core/quiet-hours.ts";

type Client = Database | Prisma.TransactionClient;

/** A member of an earlier import, with what the member file says of them. */
export interface StoredMember {
  id: number;
  key: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  profession: Profession | null;
  status: MemberStatus;
  /** Sorted. */
  roles: Role[];
  /** The mandate end of each board position held (one date per position). */
  boardMandates: (Date | null)[];
  communeCodes: string[];
  skills: string[];
  motivations: string[];
  motivationNote: string | null;
  availability: string[];
  /** Hours a month the member gave in chat (the file has no column for it): kept when the file gives slots. */
  hoursPerMonth: number | undefined;
  quietHours: { start: string; end: string } | null;
  locale: string | null;
  channel: string | null;
}

/** A member holding an e-mail, imported or met in chat. */
export interface EmailHolder {
  id: number;
  key: string | null;
  displayName: string;
}

/** Every member that has a key, whatever their status. */
export async function loadStoredMembers(db: Client): Promise<StoredMember[]> {
  const rows = await db.member.findMany({
    where: { key: { not: null } },
    include: {
      roles: true,
      communes: { select: { communeCode: true } },
      tags: { select: { kind: true, value: true } },
    },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => {
    const availability = readAvailability(row.availability);
    return {
      id: row.id,
      key: row.key!,
      displayName: row.displayName,
      email: row.email,
      phone: row.phone,
      profession: row.profession,
      status: row.status,
      roles: row.roles.map((r) => r.role).sort(),
      boardMandates: row.roles.filter((r) => isBoardRole(r.role)).map((r) => r.mandateEndsAt),
      communeCodes: row.communes.map((c) => c.communeCode).sort(),
      skills: row.tags
        .filter((t) => t.kind === "skill")
        .map((t) => t.value)
        .sort(),
      motivations: row.tags
        .filter((t) => t.kind === "motivation")
        .map((t) => t.value)
        .sort(),
      motivationNote: row.motivationNote,
      availability: availability.slots,
      hoursPerMonth: availability.hoursPerMonth,
      quietHours: storedQuietHours(row),
      locale: row.locale,
      channel: row.preferredChannel,
    };
  });
}

/** Who holds each e-mail, for every member that has one. */
export async function loadEmailHolders(db: Client): Promise<Map<string, EmailHolder>> {
  const rows = await db.member.findMany({
    where: { email: { not: null } },
    select: { id: true, key: true, displayName: true, email: true },
  });
  return new Map(rows.map(({ email, ...holder }) => [email!, holder]));
}
