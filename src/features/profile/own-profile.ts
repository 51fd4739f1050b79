// The member's profile as /profil shows it and as a change reads it: one query, the tags split by kind.
import type { HandlerContext } from "../../core/feature.ts";
import { type Availability, readAvailability } from "../../core/members/availability.ts";
import { hasRole } from "../../core/members/member-profile.ts";
import type { Channel, Database, Prisma, Profession } from "../../core/persistence.ts";
import { type QuietHours, storedQuietHours } from "../../core/quiet-hours.ts";

export interface OwnProfile {
  id: number;
  displayName: string;
  profession: Profession | null;
  email: string | null;
  phone: string | null;
  communes: string[];
  skills: string[];
  motivations: string[];
  motivationNote: string | null;
  availability: Availability;
  quietHours: QuietHours | null;
  locale: string | null;
  preferredChannel: Channel | null;
  isVolunteer: boolean;
}

export async function loadOwnProfile(
  db: Database | Prisma.TransactionClient,
  memberId: number,
): Promise<OwnProfile | undefined> {
  const row = await db.member.findUnique({
    where: { id: memberId },
    include: { communes: true, tags: { orderBy: { value: "asc" } }, roles: true },
  });
  if (!row || row.anonymizedAt) return undefined;
  const tags = (kind: "skill" | "motivation") => row.tags.filter((t) => t.kind === kind).map((t) => t.value);
  return {
    id: row.id,
    displayName: row.displayName,
    profession: row.profession,
    email: row.email,
    phone: row.phone,
    communes: row.communes.map((c) => c.communeCode),
    skills: tags("skill"),
    motivations: tags("motivation"),
    motivationNote: row.motivationNote,
    availability: readAvailability(row.availability),
    quietHours: storedQuietHours(row),
    locale: row.locale,
    preferredChannel: row.preferredChannel,
    isVolunteer: hasRole({ roles: row.roles.map((r) => r.role), status: row.status }, "volunteer"),
  };
}

/** The member's own profile; a member erased while they clicked has none, and is told so by the caller. */
export const ownProfile = (ctx: HandlerContext) => loadOwnProfile(ctx.services.db, ctx.member.id);

/** What volunteer missions are matched on and the profile lacks: message keys. */
export function missingForMissions(profile: OwnProfile): string[] {
  return [
    ...(profile.skills.length || profile.motivations.length ? [] : ["profile.missing.tags"]),
    ...(profile.availability.slots.length ? [] : ["profile.missing.availability"]),
  ];
}
