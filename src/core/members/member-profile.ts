import { Profession as PROFESSION } from "../../generated/prisma/enums.ts";
import type { Locale } from "../locale.ts";
import type { Channel, MemberStatus, Profession, Role } from "../persistence.ts";

export type { MemberStatus, Profession, Role };

/** The member behind an event, as handlers see them. */
export interface MemberProfile {
  id: number;
  /** Key in the member file, when the member was imported. */
  key: string | null;
  displayName: string;
  status: MemberStatus;
  email: string | null;
  profession: Profession | null;
  roles: Role[];
  /** INSEE codes of the communes where the member practises. */
  communes: string[];
  /** Professional call-back number. */
  phone: string | null;
  /** Preferred language, if the member chose one. */
  locale: Locale | null;
  lastLocale: Locale | null;
  timezone: string;
  /** Channel for proactive messages; null: the one the member used last. */
  preferredChannel: Channel | null;
  quietHours: { start: string; end: string } | null;
  /** When the bot first welcomed the member (onboarding asks its questions once). */
  welcomedAt: Date | null;
  /** When the coordination team approved the member after onboarding. */
  approvedAt: Date | null;
}

/** Whether the member holds one of `roles` (admins hold them all); a deactivated member holds none. */
export const hasRole = (member: Pick<MemberProfile, "roles" | "status">, ...roles: Role[]): boolean =>
  member.status !== "inactive" && (member.roles.includes("admin") || roles.some((role) => member.roles.includes(role)));

/** Whether `value` is a profession of the schema's enum. */
export const isProfession = (value: string): value is Profession =>
  (Object.values(PROFESSION) as readonly string[]).includes(value);

/** Message key of a member's profession, for "Dr X (médecin généraliste)". */
export const professionKey = (profession: Profession | null): string => `core.profession.${profession ?? "unknown"}`;

/** The language to write to a member in when they did not just write: their choice, else their last. */
export const preferredLocale = (member: Pick<MemberProfile, "locale" | "lastLocale">, fallback: Locale): Locale =>
  member.locale ?? member.lastLocale ?? fallback;
