import type { MemberStatus, Profession, Role } from "../../generated/prisma/enums.ts";
import type { Locale } from "../locale.ts";

export type { MemberStatus, Profession, Role };

/** The member behind an event, as handlers see them. */
export interface MemberProfile {
  id: number;
  displayName: string;
  status: MemberStatus;
  profession: Profession | null;
  roles: Role[];
  /** INSEE codes of the communes where the member practises. */
  communes: string[];
  /** Preferred language, if the member chose one. */
  locale: Locale | null;
  lastLocale: Locale | null;
  timezone: string;
  quietHours: { start: string; end: string } | null;
}

export const isGuest = (member: MemberProfile): boolean => member.status === "guest";
export const hasRole = (member: MemberProfile, ...roles: Role[]): boolean =>
  member.roles.includes("admin") || roles.some((role) => member.roles.includes(role));
